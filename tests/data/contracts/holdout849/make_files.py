"""holdout849: builds the ten blind held-out draft contracts and their .json labels from the sources below.

Run from this folder: /work/main/.venv/bin/python -B make_files.py
.txt/.md are written as they are; .docx/.pdf are built with ../word_pdf.py (PDF lines broken at word boundaries).
Then every label is written (key order and layout as holdout19), and the checks of the brief are asserted:
rules derived from the labels (my reading of policy §3) equal the design list, all 20 CR rules are covered, text
lengths as read back are in range, no label value equals a threshold, no text states a threshold figure.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H849Z01 = """
T:湖泊蓝藻监测预警平台采购合同
P:合同编号：SHJ-ZFCG-2027-0316
P:甲方（采购人）：某市生态环境局
P:乙方（供应商）：某某环境信息技术股份有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件、乙方投标文件，甲乙双方就湖泊蓝藻监测预警平台采购事宜订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供蓝藻水华监测预警平台软件许可（永久使用授权，含遥感影像解译、浮标在线数据接入、水华风险分级模块），并完成定制开发、部署实施与培训。
P:1.2 定制开发内容包括：藻密度短期预测模型本地化调参、与省级水质自动监测平台及气象部门数据接口对接、预警信息移动端推送及值班联动功能，详见附件一《功能需求清单》。
P:1.3 平台部署于甲方政务云，乙方负责安装、配置、数据初始化及与甲方既有业务系统的联调。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰玖拾捌万元整（￥1,980,000.00），其中：平台软件许可费1,180,000元；定制开发费640,000元；部署实施费126,000元；培训费34,000元。
P:2.2 上述价款为固定总价，已包含税费、差旅、第三方组件授权及乙方完成本合同所需的全部费用，甲方不再另行支付其他费用。
H:第三条 付款方式
P:3.1 合同签订并收到乙方开具的等额发票后十五个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台完成部署并通过初步验收后，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%。付款按照国库集中支付程序办理。
H:第四条 交付期限
P:4.1 乙方应于合同签订后九十日内完成部署并提交初步验收申请，于初步验收合格后试运行六十日，试运行期满提交最终验收申请。
P:4.2 因甲方原因导致工期延误的，交付期限相应顺延，乙方应书面说明并经甲方确认。
P:4.3 乙方应在合同签订后十日内提交项目实施方案，明确进度计划、人员安排、数据接入方案和风险应对措施，经甲方确认后执行；实施过程中每两周向甲方提交书面进度报告。
H:第五条 双方义务
P:5.1 甲方负责提供政务云资源、网络接入条件、既有系统接口文档及必要的协调配合，并指定项目联系人。
P:5.2 乙方应组建不少于八人的项目团队，项目经理须具备同类项目经验，未经甲方同意不得更换；乙方人员进入甲方场所应遵守甲方管理制度。
P:5.3 乙方应为甲方业务人员和运维人员提供不少于三期的集中培训，培训内容覆盖平台操作、模型解读、预警发布流程和日常运维，并提供培训教材。
H:第六条 验收
P:6.1 初步验收标准：附件一所列功能全部实现；接口数据与省级平台比对一致；预警信息推送在生成后三分钟内送达值班人员；200个并发用户下页面响应不超过3秒。
P:6.2 最终验收标准：试运行期内无一级故障；预测模型对历史水华事件的回溯检验结果达到附件一约定指标；第三方安全测评无高危漏洞；全部文档、源代码及操作手册移交完毕。
P:6.3 甲方组织验收小组按上述标准验收并出具书面验收报告。平台上线、试运行或甲方使用均不视为验收合格。
P:6.4 验收不合格的，乙方应在十五日内完成整改并重新提交验收，由此产生的费用由乙方承担；两次验收仍不合格的，甲方有权解除合同，乙方应退还已收取的全部款项。
H:第七条 质量保证与维护
P:7.1 质保期为最终验收合格之日起二十四个月。质保期内乙方免费提供缺陷修复、版本升级和远程技术支持。
P:7.2 质保期满后，甲方如需乙方继续提供维护服务，年度维护费不超过平台软件许可费的9%（即每年不超过106,200元），该价格在质保期满后三个年度内不得上调，维护合同按年度另行签订，不自动续期。
H:第八条 服务水平
P:8.1 质保期内平台月度可用率不低于99.95%（计划内维护除外，计划维护须提前三个工作日通知甲方）。
P:8.2 故障分级响应：一级故障（平台整体不可用或预警功能失效）30分钟内响应、2小时内恢复；二级故障2小时内响应、8小时内解决；三级故障次一工作日内解决。
P:8.3 响应或恢复每超时1小时，扣减维护保证金1,000元；月度可用率每低于承诺值0.01个百分点，扣减1,500元。
P:8.4 乙方应于每月前五个工作日向甲方提交上月运行报告，内容包括可用率统计、故障处理记录、预警发布情况及模型运行偏差分析，并对重大问题提出改进建议。
H:第九条 知识产权
P:9.1 平台软件的既有知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:9.2 为本项目定制开发的预测模型参数、接口程序、移动端功能及其源代码、文档，知识产权归甲方所有，甲方可自行或委托第三方修改、使用。
H:第十条 数据安全
P:10.1 平台采集、存储和生成的全部监测数据、预警记录及业务数据归甲方所有，乙方不得将其用于本合同以外的任何目的。
P:10.2 乙方应落实网络安全等级保护要求，运维操作须经甲方审批并通过堡垒机进行，不得将数据复制至甲方环境以外。
P:10.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取补救措施，因乙方原因造成的损失由乙方全额赔偿。
H:第十一条 保密
P:乙方对履约过程中知悉的甲方工作秘密、未公开监测信息及系统配置信息负有保密义务，未经甲方书面同意不得向第三方披露，本义务在合同终止后继续有效。
H:第十二条 违约责任
P:12.1 乙方逾期交付或逾期通过验收的，每逾期一日按合同总价的千分之一向甲方支付违约金。
P:12.2 乙方交付成果不符合合同约定的，应在甲方指定期限内免费整改；整改后仍不合格的，甲方有权解除合同并要求乙方赔偿损失。
P:12.3 乙方违反第十条约定，造成数据泄露或被用于合同以外目的的，除赔偿甲方全部损失外，甲方有权将相关情况报送政府采购监督管理部门。
H:第十三条 分包
P:本项目不允许分包或转包。
H:第十四条 不可抗力
P:因地震、洪水、疫情等不可抗力致使合同不能履行的，受影响一方应在三日内通知对方并提供证明，双方协商延期履行或变更合同；不可抗力致使合同目的无法实现的，双方均可解除合同。
H:第十五条 廉洁条款
P:乙方不得向甲方工作人员提供任何形式的回扣、礼品或其他不正当利益；如有违反，甲方有权解除合同并依法处理。
H:第十六条 合同解除
P:乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除本合同，乙方应退还已收款项中未履约部分并赔偿损失。
H:第十七条 争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十八条 通知
P:双方往来通知应以书面形式送达合同首部载明的地址或双方确认的电子邮箱，一方变更联系方式的，应在变更后三日内书面通知对方，否则按原地址送达即视为送达。
H:第十九条 履约保证金
P:乙方应在合同签订前按合同总价的2%向甲方提交履约保证金，可采用银行保函形式；最终验收合格后三十日内，甲方无息退还履约保证金。
H:第二十条 其他
P:本合同一式六份，甲方四份、乙方二份，自双方签字盖章之日起生效。招标文件、投标文件及附件为本合同组成部分。
P:甲方（盖章）：            乙方（盖章）：
P:签订日期：2027年3月16日
"""
H849Z02 = """
T:生产线控制系统改造合同
P:合同编号：WD-SB-2027-028
P:甲方：某某服饰用品有限公司（围兜厂）
P:乙方：某某自动化工程有限公司
P:甲方拟对其裁剪、缝制、印花及包装四条围兜生产线的控制系统进行改造升级，乙方具备相应的设计、供货、集成及服务能力。双方经友好协商，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责拆除四条生产线原有继电器控制柜，提供并安装新的PLC控制柜、伺服驱动、视觉检测单元、工位终端及产线控制与数据采集软件，实现工单下发、工位计件、缝边及印花缺陷自动剔除、设备状态监控等功能。
P:1.2 乙方负责PLC程序编写及生产报表定制，并完成与甲方现有ERP系统的工单及计件数据对接。
P:1.3 改造须分线实施，每条线停线时间不超过七日，不得影响其余生产线正常生产。具体停线时段由甲方生产部门根据订单排产情况确定，乙方应提前做好备料和人员准备，尽量利用周末及夜间完成切换。
H:第二条 合同价格
P:2.1 本合同总价为人民币壹佰陆拾贰万元整（￥1,620,000.00），含13%增值税，明细如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|产线PLC控制柜（含PLC、I/O模块）|8套|68,000|544,000
TB:2|伺服驱动及电机组|32套|9,500|304,000
TB:3|视觉检测单元（缝边、印花缺陷）|8套|26,000|208,000
TB:4|工业触摸屏及工位终端|16台|7,500|120,000
TB:5|产线控制与数据采集软件许可（永久）|1套|184,000|184,000
TB:|软硬件小计|||1,360,000
TB:6|安装调试及旧系统拆除|1项|148,000|148,000
TB:7|PLC程序及生产报表定制|1项|96,000|96,000
TB:8|操作及维护培训|1项|16,000|16,000
TB:|合计|||1,620,000
P:2.2 上述价格包含设备、软件、运输、保险、安装调试、培训及税费。
H:第三条 付款方式
P:3.1 合同生效后十个工作日内，甲方支付合同总价的25%，即405,000元，作为预付款。
P:3.2 全部设备到货并完成安装调试后，甲方支付合同总价的50%，即810,000元。到货、安装或试生产均不视为验收合格。
P:3.3 系统通过最终验收后，甲方支付合同总价的25%，即405,000元。
P:3.4 乙方应在每期付款前开具等额增值税专用发票。发票不合格的，甲方有权顺延付款且不承担逾期付款责任。
P:3.5 甲方付款方式为银行转账，乙方收款账户以合同首部所列为准，变更须以加盖公章的书面通知为准。
H:第四条 交付与工期
P:4.1 乙方应在合同生效后四十五日内完成全部设备到货，到货后六十日内完成四条线的改造及调试。
P:4.2 设备到货时双方共同开箱清点，核对型号、数量及随机文件，并签署到货清单。
P:4.3 乙方应在进场前提交施工方案和停线计划，经甲方生产部门确认后实施。乙方施工人员应遵守甲方车间安全、消防及用电管理规定，因乙方人员违规作业造成的人身伤害或财产损失由乙方承担。
P:4.4 乙方应随设备提供合格证、说明书、电气原理图及备品备件清单，并在质保期内保证常用备件的库存供应。
H:第五条 培训
P:乙方应分别对甲方操作工、班组长及设备维修人员进行现场培训，培训内容包括工位终端操作、换款参数设置、视觉检测模板维护、常见故障排查及PLC程序备份恢复，培训结束后经考核合格的人员方可独立上岗操作。
H:第六条 验收
P:6.1 验收标准：每条生产线连续试生产十五日，产线节拍不低于改造前水平；视觉检测对缝边和印花缺陷的漏检率不高于千分之三；工单下发及计件数据与ERP对账一致；设备状态监控画面刷新不超过2秒。
P:6.2 试生产期满后，乙方提交验收申请，甲方在七个工作日内组织验收并出具书面验收报告。验收不合格的，乙方应在十日内整改并重新验收，费用由乙方承担。
P:6.3 最终验收合格前，设备的毁损灭失风险由乙方承担；甲方的试生产使用不免除乙方对设备质量和系统性能的责任。
H:第七条 质保与维保
P:7.1 质保期为最终验收合格之日起十八个月。质保期内，乙方免费维修或更换故障设备，免费修复软件缺陷。
P:7.2 质保期满后，乙方提供维保服务（含备件、巡检、软件升级及远程支持），维保费每年按软硬件小计的28%计取，即每年380,800元，价格在质保期满后三个年度内固定不变，维保合同按年度签订，不自动续期。
P:7.3 质保期及维保期内的故障响应要求如下：一级故障（整线停机）1小时内响应，6小时内到场；二级故障（单工位停机）2小时内响应，次日内修复；三级故障在双方约定时间内处理。
P:7.4 响应或到场每超时1小时，乙方向甲方支付800元。
P:7.5 维保期内乙方每季度对四条生产线进行一次预防性巡检，检查控制柜、伺服系统及视觉检测单元运行状态，更新程序备份，并向甲方提交巡检报告及整改建议。
H:第八条 知识产权
P:8.1 控制软件许可的知识产权归原权利人所有，甲方享有永久使用权。
P:8.2 乙方为本项目编写的PLC程序、报表及ERP接口程序，其知识产权归甲方所有，乙方应交付全部源程序及注释文档，甲方可自行修改或交由第三方维护。
P:8.3 乙方保证所提供的设备和软件不侵犯任何第三方的知识产权，因侵权引起的纠纷由乙方负责处理并承担全部责任。
H:第九条 数据安全
P:9.1 系统采集的生产、工单、计件及设备数据归甲方所有，乙方不得用于本合同以外的目的。
P:9.2 乙方远程维护须经甲方事先批准，通过甲方指定的VPN接入并全程留存日志，不得擅自拷贝甲方数据；发生数据泄露或丢失的，乙方应在2小时内通知甲方并承担相应赔偿责任。
P:9.3 合同终止或维保结束时，乙方应删除其保存的甲方数据副本，并向甲方出具书面删除确认。
H:第十条 保密
P:双方对在履约过程中知悉的对方技术资料、工艺参数、客户信息等商业秘密负有保密义务，本义务在合同终止后三年内持续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交货或逾期完成改造的，每逾期一日按合同总价的万分之八支付违约金。
P:11.2 因乙方原因造成停线超过约定时间的，乙方应赔偿甲方由此产生的直接损失。
P:11.3 乙方提供的设备或软件不符合合同约定规格的，应负责更换并承担由此产生的全部费用；更换后仍不符合的，甲方有权退货并解除合同。
H:第十二条 分包
P:乙方可将安装调试及旧系统拆除工作分包给第三方，但应在分包前书面告知甲方，并对分包方的工作承担责任。
H:第十三条 不可抗力
P:因不可抗力导致一方不能履行合同的，应及时通知对方并在十五日内提供有关证明，双方可根据影响程度协商延期履行、部分履行或解除合同。
H:第十四条 合同解除
P:乙方严重违约，经甲方书面通知后十日内仍未纠正的，甲方有权解除本合同，并要求乙方返还已付款项及赔偿损失。
H:第十五条 争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，由双方协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。
H:第十六条 其他
P:双方往来通知以书面形式送达合同首部所列地址。本合同附件包括设备技术规格书、改造实施方案及验收测试记录表，与本合同具有同等效力。
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：            乙方（盖章）：
"""
H849Z03 = """门店预约与会员管理系统服务合同

合同编号：LS-IT-2027-011
甲方：某某语言艺术培训连锁有限公司
乙方：某某云软件科技有限公司

甲方在全国经营四十家朗诵与口才培训门店，拟采用乙方的门店预约与会员管理云服务（以下简称"本服务"）。双方经协商一致，订立本合同。

一、服务内容
（一）乙方通过其云平台向甲方四十家门店提供课程预约排课、教室与教师排班、学员会员卡及课时包管理、线上支付对账、家长端小程序、营销活动及经营报表等功能，账号不限数量。
（二）乙方负责实施服务，包括：
1. 将甲方现有会员、课时余额、储值余额及排课数据迁移至本服务；
2. 按甲方品牌要求配置家长端小程序页面，定制门店经营日报、教师课时统计等报表模板；
3. 完成与甲方财务系统及支付渠道的对账接口；
4. 对甲方总部及门店人员进行分批培训。
5. 协助甲方制定门店上线切换计划，分三批完成四十家门店的切换，切换期间保证新旧系统数据一致，不影响门店正常上课和收费。
（三）本服务按服务年度提供，共两个服务年度。第一个服务年度自上线验收合格之日起算，第二个服务年度自第一个服务年度届满次日起算。

二、服务费用
（一）本服务年费按门店计收，每店每服务年度9,600元，四十家门店每服务年度合计384,000元，两个服务年度合计768,000元。
（二）实施费为一次性费用86,000元。
（三）本合同总价为854,000元（含税）。合同期内新增门店的，按每店每服务年度9,600元的标准按月折算计费；门店关闭的，自关闭次月起停止计费。

三、付款方式
（一）实施费在上线验收合格后十五个工作日内一次性支付。
（二）每个服务年度的年费，在该服务年度开始后十五个工作日内支付。
（三）甲方不预付任何款项。乙方应在收款前开具合规增值税发票。

四、实施与验收
（一）乙方应在合同签订后四十五日内完成实施并提交上线验收申请。
（二）上线验收标准：
1. 历史会员、课时余额、储值余额迁移后与甲方原系统逐条核对一致；
2. 预约、排课、消课、退费及线上支付全流程在全部门店测试通过；
3. 支付对账接口连续十日对账无差异；
4. 家长端小程序页面及定制报表符合甲方确认的需求说明书。
（三）甲方在收到验收申请后七个工作日内组织验收，出具书面验收意见。仅完成部署或甲方开始试用，均不视为验收合格。
（四）验收不合格的，乙方应在十日内整改完毕并重新提交验收，整改期间计入乙方逾期时间。
（五）培训按总部管理人员、店长及前台三类人员分别组织，乙方提供操作手册、培训视频及常见问题解答，并在上线后首月安排专人驻点总部提供现场支持。

五、服务水平
（一）本服务月度可用率不低于99.5%，计划维护应安排在晚间十点至次日六点，并提前三日通知甲方。
（二）故障分级：
1. 一级故障（全部门店无法预约、消课或支付）：30分钟内响应，3小时内恢复；
2. 二级故障（部分门店或部分功能不可用）：1小时内响应，8小时内恢复；
3. 三级故障（不影响经营的一般问题）：两个工作日内解决。
（三）月度可用率每低于承诺值0.1个百分点，乙方按当月服务费的2%给予服务抵扣；一级故障超过恢复时限的，每超1小时按当月服务费的1%抵扣，当月抵扣合计以当月服务费为限。

（四）乙方应提供7×24小时故障报修热线及在线工单渠道，并为甲方指定专属客户成功经理，负责日常需求对接、版本更新说明和季度服务回顾。乙方每月向甲方提交服务报告，内容包括可用率、故障及处理情况、工单统计和改进措施。
（五）乙方对本服务进行版本升级的，应提前七日通知甲方，升级不得减少本合同约定的功能，不得导致甲方已配置的页面、报表和数据丢失。

六、数据归属与数据安全
（一）甲方及学员、家长在本服务中产生或上传的全部数据，包括学员个人信息、课时记录、交易记录，均归甲方所有。乙方仅为提供本服务之目的处理该等数据，不得用于任何其他目的，不得向第三方提供。
（二）乙方应对学员及家长个人信息采取加密存储、访问权限控制、操作日志留存等安全措施，遵守《个人信息保护法》《数据安全法》的规定，数据存储于中国境内。
（三）发生数据泄露、篡改或丢失的，乙方应在2小时内通知甲方，采取补救措施，并承担因此给甲方造成的损失。
（四）合同终止后三十日内，乙方应按甲方要求以通用格式导出全部数据交付甲方，并在甲方确认后彻底删除。

七、知识产权
（一）本服务平台及其软件的知识产权归乙方所有。
（二）乙方为甲方定制的小程序页面设计、报表模板及对账接口，其知识产权归甲方所有，甲方可自由使用、修改及许可第三方使用。

八、保密
双方对履约中知悉的对方商业秘密，包括甲方的学员名单、课程价格体系及经营数据，负有保密义务，保密期限至合同终止后三年。双方员工、顾问因工作需要接触上述信息的，应限于必要范围，并由各方确保其遵守本条约定；法律法规或监管机关要求披露的除外，但披露方应及时通知对方。

九、违约责任
（一）乙方未按期完成上线验收的，每逾期一日按合同总价的万分之七向甲方支付违约金。
（二）乙方违反第六条约定的，应赔偿甲方全部损失，甲方并有权解除合同。
（三）因乙方原因导致线上支付对账差错的，乙方应在发现后两个工作日内查明原因并协助甲方追回或补足款项，由此给甲方或学员造成的损失由乙方承担。

十、续订
本合同两个服务年度届满前三十日，任何一方未书面提出不续订的，本合同自动续订一个服务年度，依此类推。续订期的年费由乙方按届时公布的标准价目表确定，乙方有权在续订时调整年费标准，并以电子邮件通知甲方。

十一、分包
乙方不得将本服务的实施工作分包给第三方，确需分包的，应事先取得甲方书面同意。

十二、合同解除
乙方严重违约，经甲方书面通知后十五日内未予纠正的，甲方有权解除本合同，乙方应退还已收取但未提供服务部分的费用。合同因任何原因终止的，乙方应按本合同第六条第（四）项协助甲方完成数据导出和迁移，并保证迁移期间本服务正常可用。

十三、双方权利义务
（一）甲方应指定总部项目负责人及各门店联系人，及时提供历史数据、品牌素材、业务规则及验收所需的测试条件。
（二）甲方应妥善保管管理员账号及密码，因甲方人员泄露账号造成的损失由甲方自行承担，但乙方系统缺陷所致的除外。
（三）乙方应保证本服务符合国家关于网络安全、个人信息保护及在线支付的相关规定，取得提供本服务所需的资质和备案。
（四）乙方应保证家长端小程序的上架、审核及域名备案工作按时完成，不因乙方原因影响门店招生和课程预约。

十四、不可抗力
因不可抗力致使一方不能履行合同的，受影响一方应及时通知对方，并在合理期限内提供证明。基础电信运营商大面积故障属于不可抗力，但乙方自身机房、服务器及软件故障不属于不可抗力。

十五、法律适用及争议解决
本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交甲方所在地人民法院诉讼解决。

十六、其他
本合同附件包括功能清单、需求说明书及门店名单。本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

甲方（盖章）：                乙方（盖章）：
日期：                        日期：
"""
H849Z04 = """口蹄疫与禽流感防控管理系统年度运维服务合同

项目编号：XMSY-CS-2026-047（竞争性磋商）
甲方：某市畜牧兽医局
乙方：某某信息系统服务有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就口蹄疫与禽流感防控管理系统年度运维服务事项，签订本合同。

第一条 服务范围
（一）运维对象为甲方口蹄疫与禽流感防控管理系统，包括免疫档案管理、疫情报告与处置、产地检疫电子出证、养殖场户信息库、移动巡查终端应用及相关数据库、中间件和服务器。
（二）服务内容包括：系统日常运行监控、故障处理、数据库维护与备份、软件缺陷修复、业务功能小幅优化调整、用户操作支持、安全加固及配合网络安全等级保护测评整改。
（三）重大动物疫情应急响应期间，乙方应按甲方要求提供现场应急值守和数据统计支持。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期满本合同终止，甲方如需继续采购，按政府采购程序另行确定供应商。

第三条 服务费用
（一）本合同总价为人民币肆拾捌万陆仟元整（￥486,000.00），包括：驻场运维服务312,000元；系统巡检与性能优化68,000元；等保测评整改配合及安全加固58,000元；重大动物疫情应急值守48,000元。
（二）上述费用为固定总价，包含人员、交通、工具、税费等乙方履约所需全部费用。

第四条 付款方式
服务费按季度支付。每季度结束后，甲方对乙方当季度服务进行考核，考核合格后十五个工作日内支付当季度服务费121,500元。考核扣减的款项从当季度服务费中直接扣除。本合同不设预付款。

第五条 人员要求
（一）乙方派驻两名运维工程师常驻甲方指定地点，工作时间为工作日8:30至17:30，其中至少一人具备数据库管理相关资格证书。
（二）乙方更换驻场人员须提前十五日书面报甲方同意，并完成工作交接。
（三）乙方人员应遵守甲方工作纪律及机房管理制度。
（四）乙方应为驻场人员配备远程技术支撑团队，驻场人员无法独立解决的问题，由支撑团队在线协助处理；驻场人员休假期间，乙方应安排具备同等能力的人员顶岗，确保服务不中断。

第六条 服务水平
（一）系统月度可用率不低于99.95%，计划内维护须提前三个工作日报甲方批准，并安排在非工作时间进行。
（二）故障响应时限：
1. 一级故障（系统整体不可用、电子出证中断或疫情报告无法上报）：30分钟内响应，2小时内到场处置，6小时内恢复；
2. 二级故障（部分功能异常）：1小时内响应，当日内解决；
3. 三级故障（一般性问题或操作咨询）：两个工作日内解决。
（三）乙方每月对系统进行一次全面巡检，每日完成数据库备份并每季度进行一次恢复演练。

（四）重大动物疫情应急响应启动后，乙方应在接到甲方通知后2小时内安排应急值守人员到岗，应急期间实行全天值守，确保疫情报告、处置记录和检疫出证数据及时准确，并每日向甲方报送系统运行及数据统计情况。

第七条 运维管理
（一）乙方应在服务期开始前十日内完成与上一服务商或甲方的运维交接，核对系统资产清单、账号权限、备份介质及技术文档，形成交接记录报甲方确认。
（二）系统配置变更、补丁安装及功能优化须事先提交变更方案，说明变更内容、影响范围和回退措施，经甲方审批后实施，实施结果应记录归档。
（三）乙方每月5日前向甲方提交上月运维报告，内容包括系统运行情况、故障及处理、巡检与备份、安全事件、用户支持工单统计及下月工作安排。
（四）乙方应每半年对甲方各级用户开展一次操作培训，并根据业务变化更新用户手册。

第八条 考核与服务扣减
（一）每季度考核内容包括：月度可用率、故障响应及恢复时效、工单闭环率（不低于98%）、巡检和备份执行情况、用户满意度。
（二）月度可用率每低于承诺值0.01个百分点，扣减当季度服务费1,000元；一级故障响应或恢复每超时1小时，扣减2,000元；其他故障每超时一次扣减500元。
（三）单季度扣减总额不超过当季度服务费的20%。

第九条 服务验收
服务期满后十五日内，乙方提交年度运维总结报告、巡检记录、故障处理记录及备份恢复演练记录，甲方按磋商文件规定的服务标准及各季度考核结果组织验收，出具书面验收意见。验收中发现的问题，乙方应在十日内整改完毕；整改前甲方可暂缓支付第四季度服务费。

第十条 数据安全
（一）系统内的全部数据，包括免疫档案、疫情数据、检疫出证记录及养殖场户信息，均属甲方所有。乙方仅可为履行本合同运维职责使用，不得用于其他任何目的。
（二）乙方人员访问系统须使用甲方分配的个人账号，经堡垒机操作并留存审计日志；未经甲方批准不得导出、复制任何业务数据，不得使用个人设备接入甲方网络。
（三）乙方应执行网络安全等级保护相关要求，发现安全漏洞或异常访问应立即处置并报告。
（四）发生数据泄露、丢失或被篡改的，乙方应在1小时内报告甲方，配合调查处置，并对因其过错造成的损失承担全部赔偿责任。

第十一条 知识产权
乙方在运维过程中为甲方编写的脚本、优化程序、配置文件及技术文档，知识产权归甲方所有，乙方应在服务期满时全部移交。

第十二条 违约责任
（一）乙方未按附件一《年度工作计划》约定的日期完成等保测评整改、系统版本升级或应急演练的，每逾期一日按合同总价的千分之一向甲方支付违约金。
（二）乙方驻场人员未经同意缺岗的，每人每日扣减服务费600元。
（三）因乙方过错造成甲方损失的，乙方应予赔偿。
（四）乙方违反本合同数据安全约定的，除承担赔偿责任外，甲方可将有关情况记入供应商履约评价，并报同级财政部门。

第十三条 甲方义务
（一）甲方应为驻场人员提供办公场所、网络及必要的工作条件，指定专人负责日常联络和工作协调。
（二）甲方应及时审批乙方提交的变更方案和工作计划，并按约定支付服务费。
（三）甲方应向乙方提供系统原有技术文档、接口说明及第三方软硬件的维保联系方式，协调相关单位配合乙方开展运维工作。

第十四条 服务期满移交
服务期满前三十日，乙方应编制移交清单，将系统账号权限、配置文件、脚本、备份数据及全部运维文档完整移交甲方或甲方指定的后续服务商，并提供不少于十个工作日的交接配合，交接完成后删除乙方持有的全部甲方数据，出具删除确认书。

第十五条 分包
乙方不得将本合同服务转包或分包给任何第三方。

第十六条 不可抗力
因不可抗力不能履行合同的，受影响一方应在三日内通知对方，并在十五日内提供证明材料，双方根据不可抗力的影响协商调整服务安排和费用。

第十七条 合同的履行
本合同一经签订，双方应全面履行。服务期内任何一方不得单方提前解除本合同；因不可抗力致使合同目的无法实现的除外。

第十八条 争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，依法向甲方所在地人民法院起诉。

第十九条 其他
本合同一式五份，甲方三份，乙方两份，经双方签字盖章后生效。磋商文件、响应文件、成交通知书及附件一《年度工作计划》为本合同组成部分。

甲方（盖章）：                    乙方（盖章）：
签订日期：2026年12月18日
"""
H849Z05 = """# 纸艺工序追溯管理软件许可及定制开发合同

**（乙方标准合同文本 V1.6）**

合同编号：ZY-RJ-2027-0052

甲方（买方）：某某古法造纸工坊

乙方（卖方）：某某智造软件有限公司

甲方拟引入乙方"纸艺工序追溯管理软件"，用于记录从选料、浸料、蒸煮、打浆、抄纸、压榨、晒纸到检验包装的全工序信息。双方在平等自愿的基础上，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供"纸艺工序追溯管理软件"标准版永久使用许可一套，含二十个并发用户。

1.2 乙方根据甲方需求进行定制开发，内容包括：工序扫码报工、纸浆配比及蒸煮参数记录、批次追溯码生成与打印、订单与批次关联查询、手机端查询页面。

1.3 乙方负责软件在甲方服务器上的安装部署、基础数据初始化及操作培训。

1.4 定制开发的具体功能以双方确认的需求说明为准，需求说明未列明的功能不属于本合同范围。软件界面、流程设计以乙方标准产品为基础，乙方可根据产品设计规范作合理调整。

## 第二条 合同金额

2.1 本合同总金额为人民币肆拾壹万肆仟元整（￥414,000.00），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 纸艺工序追溯管理软件标准版许可（永久，二十用户） | 168,000 |
| 2 | 定制开发（扫码报工、配比记录、追溯码、订单查询、手机端） | 212,000 |
| 3 | 安装部署、数据初始化及培训 | 34,000 |
| | 合计 | 414,000 |

2.2 上述金额含增值税。甲方需另行采购的服务器、扫码枪、标签打印机等硬件不在本合同范围内。

2.3 甲方因工坊扩大经营需要增加用户数的，按乙方当年度价格另行购买用户许可。

## 第三条 付款方式

3.1 本合同签订后三个工作日内，甲方向乙方支付合同总金额的55%，即227,700元。

3.2 软件部署完成并上线运行后五个工作日内，甲方支付合同总金额的45%，即186,300元。

3.3 甲方逾期付款的，乙方有权暂停实施或服务，工期相应顺延。

## 第四条 交付与上线

4.1 乙方在收到第3.1款款项后六十日内完成定制开发、安装部署，并通知甲方上线运行。

4.2 甲方应在乙方通知后配合完成上线，因甲方原因未能上线的，自乙方通知之日起第十日视为已上线。

4.3 甲方应在合同签订后十五日内提供各工序名称、岗位人员、纸浆原料分类、产品规格及批次编码规则等基础资料，并确认定制开发需求说明。需求确认后甲方提出变更的，乙方有权另行收费并顺延工期。

## 第五条 甲方义务

5.1 甲方应自行准备满足软件运行要求的服务器、网络、扫码枪、标签打印机及手机终端，并保证软件运行环境的稳定。

5.2 甲方应指定专人负责与乙方对接，及时提供资料、确认需求和组织人员参加培训。

5.3 甲方应按乙方提供的操作手册使用软件，因甲方操作不当、擅自修改配置或运行环境故障导致的问题，不属于乙方维护范围。

## 第六条 培训

乙方在上线前为甲方提供一次集中培训，培训对象为工坊管理人员及各工序班组长，培训时间不超过两天。培训后由甲方自行对其他员工进行转训，乙方提供操作手册电子版。甲方要求增加培训场次或现场驻点指导的，按乙方人天单价另行收费，差旅费用由甲方承担。

## 第七条 验收

7.1 软件部署完成并上线运行后，即视为甲方验收合格。

7.2 甲方在上线后发现的问题，按本合同第八条规定的维护服务处理。

## 第八条 维护服务

8.1 自上线之日起，乙方提供六个月的免费维护服务，包括软件缺陷修复、远程技术支持及操作咨询。

8.2 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订维护服务协议，维护服务费按乙方届时公布的服务价格标准收取。

8.3 故障处理：一级故障（系统无法登录或报工、追溯功能无法使用）乙方在接到甲方通知后8小时内响应；二级故障在两个工作日内响应；其他问题在乙方下一版本中统一处理。

8.4 乙方通过电话、远程协助方式提供维护服务，确需现场服务的，差旅费用由甲方承担。

8.5 下列情形不属于免费维护范围：甲方硬件、网络或操作系统故障；甲方擅自修改软件或数据库；甲方新增的功能需求；因病毒、断电等非乙方原因造成的问题。乙方可应甲方要求处理上述问题，费用另计。

## 第九条 知识产权

9.1 乙方软件及其文档的知识产权归乙方所有。

9.2 乙方根据本合同为甲方定制开发的功能模块、程序代码、页面及相关文档，知识产权均归乙方所有，乙方可将其纳入标准产品向其他客户提供。甲方在本合同约定范围内享有非独占的使用权，不得修改、反向工程或许可第三方使用。

9.3 乙方不向甲方交付软件及定制功能的源代码。

## 第十条 数据

10.1 甲方录入软件的业务数据归甲方所有。

10.2 甲方同意，乙方有权对软件运行中产生的工艺参数、工序数据进行脱敏处理后，用于乙方产品改进、行业数据分析及工艺知识库建设。

10.3 乙方对远程维护过程中接触的甲方数据采取访问控制、加密传输和操作日志记录等安全措施，不得擅自复制；因乙方原因造成甲方数据泄露或丢失的，乙方应在24小时内通知甲方并承担相应的赔偿责任。

10.4 合同终止后，乙方应甲方要求协助导出甲方业务数据，导出服务按乙方届时的人天单价收费。

## 第十一条 保密

双方对在合作过程中获知的对方技术信息和经营信息负有保密义务，未经对方书面同意不得向第三方披露，保密期限为合同终止后两年。

## 第十二条 违约责任

12.1 乙方未按第4.1款约定时间交付的，每逾期一日按合同总金额的万分之二向甲方支付违约金，违约金总额不超过合同总金额的5%。

12.2 甲方逾期付款的，每逾期一日按逾期金额的千分之一向乙方支付违约金。

12.3 因甲方未按时提供资料、确认需求或配合上线而造成的工期延误，乙方不承担逾期责任。

## 第十三条 乙方保证

13.1 乙方保证其有权向甲方授予本合同约定的软件使用许可，所提供的软件不侵犯第三方的合法权利。

13.2 乙方对软件的版本升级享有决定权，免费维护期内乙方发布的标准版升级包，甲方可免费安装使用；定制开发部分的适配工作另行收费。

## 第十四条 合同解除

一方严重违约，经守约方书面通知后三十日内仍未纠正的，守约方有权书面通知解除本合同。

## 第十五条 不可抗力

因不可抗力导致一方不能履行本合同的，受影响一方不承担违约责任，但应及时通知对方并在合理期限内提供证明。

## 第十六条 通知

双方的通知以书面形式发送至本合同所列地址或电子邮箱，电子邮件发送成功即视为送达。一方变更联系地址或邮箱的，应提前书面通知对方，未通知的，按原地址或邮箱发送即视为送达。

## 第十七条 争议解决

本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，提交乙方所在地的仲裁委员会仲裁。

## 第十八条 其他

本合同一式两份，双方各执一份，自双方签字盖章之日起生效。本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等法律效力。本合同附件为《定制开发需求说明》及《软件功能清单》。

甲方（盖章）：　　　　　　　　乙方（盖章）：

日期：　　　　　　　　　　　　日期：
"""
H849E01 = """
T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. BSL-QMS-2027-014
P:This Software Licence and Services Agreement (the "Agreement") is made between Ningbo Hengrun Precision Casting Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Ningbo, Zhejiang (the "Customer"), and Bitterroot Systems LLC, a Montana limited liability company with its principal office at 210 North Higgins Avenue, Missoula, Montana 59802, United States (the "Vendor").
P:The Customer wishes to license the Vendor's quality management software for its foundry and machining plants and to obtain related implementation services. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's CastQuality quality management software, version 8, in object code, including the modules for inspection planning, non-conformance management, corrective and preventive action, calibration, supplier quality and statistical process control, together with its documentation.
P:1.2 "Custom Deliverables" means the configurations, report templates, interface programs and data conversion scripts that the Vendor develops specifically for the Customer under this Agreement, including their source code and documentation.
P:1.3 "Customer Data" means all data entered into, processed by or generated by the Software in the Customer's environment, including inspection results, measurement data, drawings and supplier records.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5 that the Software and Custom Deliverables meet the acceptance criteria.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, irrevocable, non-exclusive licence to install and use the Software for 180 named users at the Customer's plants and offices in the People's Republic of China, for the Customer's and its affiliates' internal business purposes.
P:2.2 The Customer may make copies of the Software for backup, testing and disaster recovery. The licence survives any termination of the services under this Agreement once the Licence Fee has been paid.
P:2.3 The Software and all intellectual property in it remain the property of the Vendor.
H:Article 3 Services
P:3.1 The Vendor shall install the Software on the Customer's servers, configure it to the Customer's processes, develop the Custom Deliverables described in Schedule A, convert the Customer's existing inspection and calibration records, and connect the Software with the Customer's ERP system and coordinate measuring machines.
P:3.2 The Vendor shall provide training for key users and administrators at the Customer's Ningbo plant, with course materials in Chinese and English.
P:3.3 The Vendor shall deliver the Software and complete installation within 60 days after the Effective Date, and shall present the complete solution for Final Acceptance within 150 days after the Effective Date, as set out in the project plan in Schedule A.
H:Article 4 Fees and Payment
P:4.1 The total contract price is CNY 1,820,000 (the "Contract Price"), inclusive of applicable taxes, made up of: Licence Fee CNY 1,240,000; implementation and Custom Deliverables CNY 520,000; training CNY 60,000.
P:4.2 The Customer shall pay the Contract Price in three instalments: (a) 20% (CNY 364,000) within 30 days after signature of this Agreement and receipt of the Vendor's invoice; (b) 45% (CNY 819,000) after the Software has been installed and the site acceptance test has been completed, which does not constitute Final Acceptance; and (c) 35% (CNY 637,000) within 30 days after Final Acceptance.
P:4.3 All amounts are payable in CNY by bank transfer to the account stated in the Vendor's invoice. The Vendor shall issue valid invoices before each payment.
H:Article 5 Acceptance
P:5.1 After installation, the parties shall run the site acceptance test. Final Acceptance testing shall then verify that: (a) every function listed in Schedule A works as specified; (b) converted records match the source records in a full count and in a sample check of 500 records; (c) the ERP and measuring-machine interfaces transfer data without error for 20 consecutive working days; (d) reports open within 3 seconds with 60 concurrent users; and (e) no Severity 1 defect occurs during a 30-day trial run.
P:5.2 The Customer shall issue a written acceptance certificate within 10 working days after the criteria are met, or state the defects found. The Vendor shall correct them and repeat the tests at its own cost. Installation, go-live or productive use of the Software does not constitute Final Acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and Custom Deliverables will perform substantially in accordance with their documentation and Schedule A for 18 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects and provide updates, upgrades and remote support free of charge.
P:6.2 After the Warranty Period the Customer may order annual support at a fee of 11% of the Licence Fee (CNY 136,400 per year). This fee is fixed for the first three support years after the Warranty Period. Each support year is ordered separately by purchase order; support does not renew automatically.
P:6.3 Defects are classified as follows. Severity 1: the Software is unavailable or a core function such as inspection recording or release is blocked. Severity 2: a major function is impaired but a workaround exists. Severity 3: all other defects and questions.
P:6.4 For Severity 1 defects the Vendor shall respond within 1 hour and provide a workaround within 8 hours, around the clock. For Severity 2 defects the Vendor shall respond within 2 business hours and provide a fix within 3 business days. Severity 3 defects are handled in the next regular release.
P:6.5 If the Vendor misses a Severity 1 response or workaround time, it shall credit the Customer CNY 1,000 for each hour of delay, set off against the next payment or support fee.
H:Article 7 Intellectual Property
P:7.1 All intellectual property in the Custom Deliverables belongs to the Customer upon creation. The Vendor shall deliver their source code and documentation, and the Customer may use, modify and license them freely.
P:7.2 The Vendor warrants that the Software does not infringe any third party's rights and shall defend and indemnify the Customer against any claim to the contrary.
H:Article 8 Customer Data and Data Security
P:8.1 Customer Data belongs to the Customer. The Vendor may access Customer Data only to perform this Agreement and shall not use it for any other purpose, including product development or benchmarking.
P:8.2 The Vendor shall access the Customer's systems only through the remote access channel approved by the Customer, with individual accounts and logging. The Vendor shall not copy Customer Data outside the Customer's environment and shall comply with the PRC Personal Information Protection Law and Data Security Law.
P:8.3 The Vendor shall notify the Customer of any security incident affecting Customer Data within 12 hours after becoming aware of it, take remedial measures and compensate the Customer for losses caused by its breach.
H:Article 9 Confidentiality
P:Each party shall keep confidential all non-public information received from the other party, use it only for this Agreement and disclose it only to employees and advisers who need to know it. This obligation survives for three years after the end of this Agreement.
H:Article 10 Delay Damages
P:If the Vendor fails to achieve Final Acceptance by the date in Article 3.3 for reasons attributable to it, the Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
H:Article 11 Liability
P:Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to breach of Articles 8 or 9, infringement claims, wilful misconduct or personal injury.
H:Article 12 Subcontracting
P:The Vendor shall not subcontract any part of the services without the Customer's prior written consent, and remains responsible for the work of any approved subcontractor.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not cure it within 30 days after receiving notice.
P:13.2 If the Customer terminates because of the Vendor's breach before Final Acceptance, the Vendor shall refund the amounts paid for services not accepted, and the Customer may keep the licence to the Software.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the State of Montana, United States of America, without regard to its conflict of laws rules. The United Nations Convention on Contracts for the International Sale of Goods does not apply.
P:14.2 Any dispute arising out of this Agreement shall be submitted to the state or federal courts located in Missoula County, Montana, and each party submits to their jurisdiction.
H:Article 15 General
P:15.1 This Agreement, with Schedule A (Scope, Custom Deliverables and Project Plan), is the entire agreement between the parties and may be amended only in writing signed by both parties.
P:15.2 Notices shall be given in writing to the addresses above. Neither party may assign this Agreement without the other party's written consent.
P:15.3 Neither party is liable for a delay caused by force majeure, such as natural disaster, epidemic or government action, provided it notifies the other party promptly and uses reasonable efforts to resume performance.
P:15.4 This Agreement is signed in English and Chinese, in two originals of each language. Both versions have equal effect, and the parties shall interpret any difference in good faith.
P:For the Customer: ____________________    For the Vendor: ____________________
"""
H849E02 = """# ORDER FORM AND GENERAL TERMS — FIELDLOOP SERVICE

Order Form No. CRS-OF-27-0418

## PART A — ORDER FORM

### A1. Parties

**Provider:** Cascade Ridge Software, Inc., a Washington corporation, 402 East Yakima Avenue, Suite 300, Yakima, Washington 98901, United States.

**Customer:** Guangzhou Yuntong Elevator Engineering Co., Ltd., Tianhe District, Guangzhou, Guangdong, People's Republic of China.

This Order Form (Part A) and the General Terms (Part B) together form the agreement between Provider and Customer (the "Agreement"). If Part A and Part B conflict, Part A prevails.

### A2. Service

FieldLoop, Provider's hosted field service management service, covering work-order dispatch, maintenance scheduling for elevators and escalators, technician mobile app, spare-parts tracking, customer sign-off and service reporting (the "Service"), for 260 named users. The Service is hosted in a data centre in mainland China operated by Provider's hosting partner.

### A3. Subscription Term

The Subscription Term is 24 months, starting on the Go-Live Date, divided into two Subscription Years. The Go-Live Date is the date of Customer's written Go-Live acceptance under section B3. The Subscription Term ends at the end of the second Subscription Year. It does not renew automatically; any renewal requires a new Order Form signed by both parties.

### A4. Fees

| Item | Basis | Quantity | Unit price (CNY) | Amount (CNY) |
|---|---|---|---|---|
| FieldLoop subscription, Subscription Year 1 | per named user per Subscription Year | 260 | 1,150 | 299,000 |
| FieldLoop subscription, Subscription Year 2 | per named user per Subscription Year | 260 | 1,150 | 299,000 |
| Onboarding (configuration, data migration, ERP interface, training) | fixed, one-time | 1 | 64,000 | 64,000 |
| **Total Fees** | | | | **662,000** |

All amounts include VAT. Additional named users may be added during the Subscription Term at CNY 1,150 per user per Subscription Year, prorated monthly.

### A5. Invoicing and Payment

(a) The onboarding fee is invoiced after the Go-Live Date and is payable within 30 days of invoice.

(b) The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year and is payable within 30 days of invoice.

(c) No amount is payable before the Go-Live Date. Payment is made in CNY by bank transfer against a valid VAT invoice.

### A6. Onboarding Plan and Contacts

Provider shall complete onboarding and present the Service for Go-Live acceptance within 70 days after signature of this Order Form. Onboarding includes configuration of Customer's service contracts, asset register of about 9,600 lifts, maintenance plans and technician teams; migration of open work orders and two years of history; an interface to Customer's ERP for spare parts and invoicing; and training of dispatchers, supervisors and technicians. Each party names a project manager in the kick-off meeting.

## PART B — GENERAL TERMS

### B1. Use of the Service

1.1 Provider grants Customer and its affiliates the right to access and use the Service during the Subscription Term for their internal business purposes.

1.2 Customer shall keep user credentials secure and shall not resell the Service, attempt to reverse engineer it or use it in breach of applicable law.

1.3 Provider may update the Service from time to time, provided that updates do not materially reduce its functions or the service levels in section B4.

### B2. Customer Responsibilities

Customer shall provide timely information on its contracts, assets and processes, make its staff available for workshops, testing and training, and provide access to its ERP test environment for the interface work.

### B3. Go-Live Acceptance

3.1 When onboarding is complete, Provider shall notify Customer, and Customer shall test the Service within 10 business days against the following criteria: (a) all functions listed in the onboarding plan work as described; (b) migrated work orders and asset records reconcile with Customer's source data in a full count; (c) the ERP interface transfers spare-part issues and service invoices without error for 10 consecutive business days; and (d) the technician app synchronises a completed work order within 60 seconds on a mobile network.

3.2 If the criteria are met, Customer shall issue a written Go-Live acceptance. If not, Customer shall list the deficiencies, and Provider shall correct them and resubmit the Service for testing. Use of the Service for training or testing before acceptance does not constitute acceptance.

3.3 If Provider does not present the Service for Go-Live acceptance within the period in section A6, or the Service fails the tests for reasons attributable to Provider, Provider shall pay Customer liquidated damages of 0.1% of the Total Fees for each day of delay, up to 10% of the Total Fees.

### B4. Service Levels

4.1 Provider shall make the Service available at least 99.95% of each calendar month, excluding scheduled maintenance announced at least 72 hours in advance and performed between 00:00 and 06:00 Beijing time.

4.2 Provider shall respond to incidents as follows: Priority 1 (Service unavailable or dispatch impossible for all users): within 30 minutes, around the clock, with restoration within 3 hours; Priority 2 (a major function impaired): within 2 hours; Priority 3 (other issues): within 1 business day.

4.3 If monthly availability falls below the commitment, Provider shall grant a service credit of 5% of the monthly share of the subscription fee for each 0.1 percentage point, or part of it, below the commitment. If a Priority 1 response or restoration time is missed, Provider shall grant a further credit of 2% of the monthly share for each hour of delay. Credits are deducted from the next invoice or refunded at the end of the Subscription Term.

4.4 Provider shall send Customer a monthly service report with availability, incidents and credits.

### B5. Customer Data

5.1 All data that Customer or its users enter into the Service, and all reports generated from that data ("Customer Data"), belong to Customer.

5.2 Provider may use Customer Data only to provide the Service to Customer under this Agreement and for no other purpose.

5.3 At the end of the Subscription Term, Provider shall make Customer Data available for export in a standard format for 30 days.

### B6. Intellectual Property

6.1 Provider owns the Service, its software and all improvements to them.

6.2 The configurations, report templates and the ERP interface developed for Customer during onboarding belong to Customer, which may use, modify and license them freely. Provider shall deliver the interface source code and documentation on the Go-Live Date.

### B7. Confidentiality

Each party shall keep confidential the non-public business and technical information of the other party that it receives under this Agreement, use it only to perform this Agreement and disclose it only to staff and advisers who need to know it and are bound by similar obligations. These obligations continue for three years after the end of the Subscription Term.

### B8. Subcontractors

Provider may engage subcontractors, including hosting and support providers, to perform any part of the Service. Provider shall notify Customer of each new subcontractor by email and remains responsible for their performance.

### B9. Limitation of Liability

Each party's total aggregate liability arising out of or in connection with this Agreement is limited to the fees paid or payable by Customer under this Agreement in the six months preceding the event giving rise to the claim. Neither party is liable for indirect or consequential loss or loss of profit. These limits do not apply to Customer's payment obligations, wilful misconduct or personal injury.

### B10. Term and Termination

10.1 This Agreement remains in force until the end of the Subscription Term.

10.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to cure it within 30 days after written notice. If Customer terminates for Provider's breach, Provider shall refund the subscription fees paid for the remaining part of the Subscription Year.

10.3 On termination, sections B5.3, B6, B7, B9 and B11 survive.

### B11. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute arising from it shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The award is final and binding on both parties.

### B12. General

12.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided it notifies the other party promptly.

12.2 Notices shall be in writing and sent to the addresses in section A1 or to the project managers named under section A6.

12.3 This Agreement is the entire agreement of the parties on its subject matter. Amendments must be in writing and signed by both parties.

12.4 Neither party may assign this Agreement without the other party's prior written consent, except to a successor of its whole business that accepts all of its obligations.

12.5 This Agreement is made in English with a Chinese translation for reference. Each party has had the opportunity to review it with its own advisers and signs it by its authorised representative on the date shown below.

Signed for Provider: ____________________ Signed for Customer: ____________________
"""
H849E03 = """
T:SUPPLY AND LICENCE CONTRACT FOR GRAIN SILO MONITORING SENSORS
P:Contract No. ZYGR-PRC-2027-033
P:Buyer: Henan Zhongyuan Grain Reserve Co., Ltd., Zhengzhou, Henan Province, People's Republic of China (the "Buyer").
P:Supplier: Portneuf Instruments Inc., an Idaho corporation, 1550 North Yellowstone Avenue, Pocatello, Idaho 83201, United States (the "Supplier").
P:This Contract is made on the Buyer's standard terms for equipment and software purchases. The Supplier will supply grain temperature, humidity and gas sensors, data collectors and the GrainWatch monitoring software licence for 60 silos at the Buyer's three depots, and will install, configure and commission them.
H:1. Definitions
P:1.1 "Equipment" means the sensors, temperature cables, data collectors and accessories listed in the price table in clause 3.
P:1.2 "Software" means the GrainWatch monitoring software licensed under clause 7, including its documentation and the firmware in the Equipment.
P:1.3 "System" means the Equipment and Software as installed, configured and connected at the depots.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under clause 5 that the System meets the acceptance criteria.
H:2. Scope of Supply
P:2.1 The Supplier shall supply the Equipment and Software, install the temperature cables and sensors in each silo, mount and commission the data collectors, install the Software on the Buyer's servers, configure alarm thresholds for each grain type with the Buyer's storage staff, connect the System to the Buyer's provincial grain storage supervision platform, and train the Buyer's staff.
P:2.2 The Buyer shall give the Supplier's installation team access to the silos during periods agreed with depot management, provide power and network connection points at each silo group, and ensure that fumigation is not carried out in any silo while installation work is in progress there.
P:2.3 The Supplier shall provide training for the Buyer's storage keepers, IT administrators and depot managers, covering daily monitoring, alarm handling, sensor replacement and software administration, with manuals in Chinese.
P:2.4 The Supplier shall deliver all Equipment to the depots within 45 days after the Effective Date and complete installation within 40 days after delivery.
H:3. Contract Price
P:3.1 The total Contract Price is CNY 2,520,000, inclusive of VAT, packing, transport to the depots, insurance, import duties and all other costs of the Supplier, itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Multi-point temperature cables (10 points each)|1,440|780|1,123,200
TB:2|Humidity, temperature and CO2 gas sensors|180|2,400|432,000
TB:3|Silo data collectors with LoRa gateways|60|5,800|348,000
TB:4|GrainWatch monitoring software licence, perpetual, 60 silos|1|282,800|282,800
TB:|Equipment and Licence Subtotal|||2,186,000
TB:5|Installation and commissioning|1 lot|214,000|214,000
TB:6|Configuration and platform interface|1 lot|98,000|98,000
TB:7|Training|1 lot|22,000|22,000
TB:|Contract Price|||2,520,000
P:3.2 The Contract Price is fixed and is not subject to adjustment for exchange rates or material costs.
H:4. Payment
P:4.1 10% of the Contract Price (CNY 252,000) within 20 days after the Effective Date, against the Supplier's invoice and an advance payment guarantee from a bank acceptable to the Buyer.
P:4.2 55% of the Contract Price (CNY 1,386,000) within 30 days after all Equipment has been delivered and installed and the parties have signed the installation certificate. The installation certificate confirms quantities and installation only and is not acceptance of the System.
P:4.3 35% of the Contract Price (CNY 882,000) within 30 days after Final Acceptance.
H:5. Acceptance
P:5.1 After installation the System shall run for a trial period of 30 days. Final Acceptance testing shall verify that: (a) every sensor point reports to the Software, with no more than three points out of service at any time; (b) temperature readings agree with a calibrated reference thermometer within 0.5 degrees Celsius at 50 randomly selected points; (c) humidity and gas readings agree with reference instruments within the tolerances in the technical specification; (d) alarms reach the depot duty officer within 60 seconds; and (e) data reaches the provincial supervision platform correctly for 14 consecutive days.
P:5.2 The Buyer shall issue the Final Acceptance certificate within 10 working days after the criteria are met, or notify the defects found. The Supplier shall remedy defects at its own cost and the tests shall be repeated. Delivery, installation, trial operation or use of the System does not constitute Final Acceptance.
H:6. Warranty and Support
P:6.1 The Supplier warrants the Equipment and Software against defects in design, materials and workmanship for 36 months after Final Acceptance. During this warranty period the Supplier shall repair or replace defective items free of charge, including parts, labour and travel, and provide software updates.
P:6.2 After the warranty period the Buyer may purchase support for the fourth and fifth years after Final Acceptance at 8.5% of the Equipment and Licence Subtotal per year (CNY 185,810 per year). This price is fixed. Support is ordered each year by the Buyer's purchase order and does not renew automatically.
P:6.3 Faults are classified as follows:
TB:Severity|Description|Response time|Resolution
TB:Severity 1|System down at a depot, or alarms not generated|1 hour (remote)|On site within 24 hours, restored within 48 hours
TB:Severity 2|Several sensors or one collector out of service|2 hours|Within 3 working days
TB:Severity 3|Single sensor fault or minor software issue|1 working day|Within 10 working days
P:6.4 The Supplier shall keep a stock of spare sensors, cables and collector boards at its service partner in Zhengzhou sufficient to meet the resolution times in clause 6.3, and shall ensure that spare parts and firmware updates for the Equipment remain available for at least eight years after Final Acceptance.
P:6.5 For each hour by which the Supplier misses a Severity 1 response, on-site or restoration time, the Supplier shall pay the Buyer CNY 800, deducted from the next payment or the performance guarantee.
H:7. Licence and Intellectual Property
P:7.1 The Supplier grants the Buyer a perpetual, non-exclusive, irrevocable licence to use the Software at the Buyer's depots for the monitoring of its silos. The Software remains the property of the Supplier or its licensors.
P:7.2 The alarm configurations, grain-specific models, reports and the interface to the provincial platform developed for the Buyer belong to the Buyer. The Supplier shall deliver their source code and documentation, and the Buyer may use, modify and license them freely.
H:8. Data
P:8.1 All data collected or generated by the System, including temperature records, alarms and storage records, belongs to the Buyer. The Supplier shall not use it for any purpose other than performing this Contract.
P:8.2 The Supplier may access the System remotely only through the Buyer's approved channel, with individual accounts and logged sessions, and shall not copy data outside the Buyer's network. The Supplier shall protect the data in accordance with the PRC Data Security Law.
P:8.3 The Supplier shall report any security incident affecting the System or its data to the Buyer within 12 hours, take remedial measures and compensate the Buyer for losses caused by its breach.
H:9. Confidentiality
P:Each party shall keep confidential the non-public information received from the other party, including the Buyer's storage quantities, depot layouts and security arrangements, and shall not disclose it to any third party without prior written consent. This obligation survives for three years after the end of this Contract.
H:10. Delay and Liability
P:10.1 If the Supplier fails to deliver the Equipment or complete installation by the dates in clause 2.4, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 The Supplier's total liability under this Contract is limited to 150% of the Contract Price. The limit does not apply to personal injury, wilful misconduct, infringement of third-party rights or breach of clause 8.
H:11. Subcontracting
P:The Supplier shall not subcontract any part of the installation or services without the Buyer's prior written consent. The Supplier remains responsible for any approved subcontractor.
H:12. Termination
P:The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after notice, or if the delay damages under clause 10.1 reach their maximum. The Supplier shall then refund payments for undelivered or unaccepted items.
H:13. Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Zhengzhou Arbitration Commission for arbitration in Zhengzhou.
H:14. General
P:14.1 This Contract takes effect on signature by both parties (the "Effective Date"). The technical specification and the installation plan are attached as annexes and form part of this Contract.
P:14.2 Neither party is liable for delay caused by force majeure, provided it gives prompt notice and evidence.
P:14.3 Each shipment shall be accompanied by packing lists, certificates of origin and quality, calibration certificates for each sensor type, and the Chinese-language manuals.
P:14.4 Notices shall be in writing and delivered to the addresses above. This Contract is made in Chinese and English, and both versions are equally authentic.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""
H849E04 = """# MANAGED IT SERVICES AGREEMENT

Agreement No. YMI-HF-2027-07

**Between:** Shaoxing Huafang Textile Group Co., Ltd., a company incorporated in the People's Republic of China, Keqiao District, Shaoxing, Zhejiang ("Customer"),

**and:** Yellowstone Managed IT, Inc., a Montana corporation, 2910 First Avenue North, Billings, Montana 59101, United States, acting through its service centre in Hangzhou ("Provider").

Customer operates six sites (head office, four weaving and dyeing plants and a logistics centre) with about 1,800 users. Customer wishes to outsource its service desk, end-user support and infrastructure monitoring to Provider for 36 months. The parties agree as follows.

## Section 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which Customer confirms in writing that transition is complete under Section 3.

1.3 "Term" means 36 months from the Service Commencement Date.

1.4 "Incident" means an unplanned interruption or reduction in quality of an IT service, classified by priority in Schedule 2.

1.5 "Customer Data" means all data of Customer, its employees and its customers that Provider accesses, receives or processes in performing the Services.

## Section 2. Services and Term

2.1 Provider shall perform the Services from the Service Commencement Date for the Term, in accordance with Schedule 1 and the service levels in Schedule 2.

2.2 This Agreement expires at the end of the Term. It does not renew automatically. Any extension requires a written amendment signed by both parties, with charges agreed at that time.

2.3 Provider shall assign a named service delivery manager, who shall hold monthly service reviews with Customer and submit a monthly report on service levels, incidents, requests, credits and improvement actions.

## Section 3. Transition

3.1 Provider shall complete transition within 75 days after signature of this Agreement. Transition includes knowledge transfer from Customer's IT team, set-up of the service desk tools and monitoring agents, documentation of all sites and configuration items, and a two-week parallel run.

3.2 Transition is complete when: (a) all configuration items of Schedule 1 are recorded in the configuration database; (b) monitoring covers all servers, network devices and the internet links of the six sites; (c) runbooks for the top 50 request types are approved by Customer; and (d) during the parallel run the service desk resolves at least 70% of requests without escalation to Customer's staff and no Priority 1 incident is mishandled. Customer shall confirm completion in writing within five business days after these criteria are met, or list the deficiencies.

3.3 If transition is not complete by the date in Section 3.1 for reasons attributable to Provider, Provider shall pay Customer CNY 500 for each day of delay until the Service Commencement Date.

## Section 4. Charges and Payment

4.1 The charges are set out in Schedule 3. The total contract value is CNY 1,762,000, made up of the transition fee of CNY 88,000 and the monthly service charge of CNY 46,500 for 36 months.

4.2 The transition fee is invoiced after the Service Commencement Date. The monthly service charge is invoiced monthly in arrears, less any service credits earned in that month. Invoices are payable within 30 days by bank transfer in CNY, against valid VAT invoices.

4.3 The charges are fixed for the Term and cover all staff, tools, travel within Zhejiang and Provider's overheads. No payment is due before the Service Commencement Date.

## Section 5. Service Levels and Credits

5.1 Provider shall meet the service levels in Schedule 2. Service levels are measured monthly from the service desk tool, which Customer may inspect at any time.

5.2 If Provider misses a service level, Customer is entitled to the service credit stated in Schedule 2. Credits are deducted from the next invoice. The total credits in a month shall not exceed 20% of that month's service charge. Credits do not limit Customer's other rights for repeated or serious failures.

## Section 6. Customer Data and Security

6.1 Customer Data belongs to Customer. Provider shall use Customer Data only to perform the Services and shall not use it for any other purpose, including analytics or product development.

6.2 Provider shall access Customer systems only through named accounts with multi-factor authentication and Customer's privileged access gateway, keep access logs for at least 180 days, and comply with Customer's information security policies, the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law.

6.3 Customer Data shall remain in mainland China. Provider shall not copy Customer Data to its own systems except ticket information needed to run the service desk, which is stored on servers in Hangzhou.

6.4 Provider shall notify Customer of any security incident affecting Customer Data within 8 hours after discovery, contain it, cooperate with Customer's investigation and compensate Customer for losses caused by Provider's breach of this Section.

## Section 7. Intellectual Property

Runbooks, knowledge articles, scripts, monitoring configurations and documentation created by Provider for Customer under this Agreement belong to Customer, which may use and modify them freely and give them to any successor provider. Provider keeps its pre-existing tools and methods.

## Section 8. Confidentiality

Each party shall keep confidential all non-public information of the other party received in connection with this Agreement, use it only for this Agreement and disclose it only to personnel who need it and are bound by confidentiality duties. These duties survive for three years after the end of this Agreement.

## Section 9. Personnel and Subcontracting

9.1 Provider shall use qualified and vetted staff. Key personnel named in Schedule 1 shall not be replaced without Customer's consent, which shall not be unreasonably withheld.

9.2 Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains fully responsible for approved subcontractors.

## Section 10. Liability

Each party's total liability under this Agreement is limited to 150% of the total contract value. This limit does not apply to breach of Section 6 or 8, wilful misconduct, fraud or personal injury.

## Section 11. Termination and Exit

11.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and does not remedy it within 30 days after notice, or if Provider misses the same service level in three consecutive months.

11.2 On expiry or termination Provider shall provide exit assistance for up to 60 days: it shall hand over all Customer Data, documentation and configuration data, transfer knowledge to Customer or a successor provider, and then delete Customer Data from its systems and confirm deletion in writing.

## Section 12. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou.

## Section 13. General

13.1 Neither party is liable for delay caused by force majeure, provided it promptly notifies the other party and takes reasonable steps to limit the effects.

13.2 This Agreement, with Schedules 1 to 3, is the entire agreement between the parties. Amendments must be in writing and signed by both parties.

## Schedule 1 — Scope of Services

| Service | Description | Coverage |
|---|---|---|
| Service desk | Bilingual (Chinese and English) phone, e-mail and portal support for all users; logging, classification and resolution of incidents and requests | 07:00–22:00 every day; Priority 1 around the clock |
| End-user support | Desktop, laptop, printer and mobile device support; on-site technicians at head office and the two largest plants, visits to other sites | Business days, 08:00–18:00 |
| Infrastructure monitoring | Monitoring of 86 servers, 240 network devices and internet links; event handling and escalation | Around the clock |
| Patch and backup management | Monthly patching of servers and clients; daily backup checks and quarterly restore tests | As scheduled |
| Asset and configuration management | Hardware and software inventory, configuration database, licence tracking | Continuous |
| Key personnel | Service delivery manager; service desk lead; infrastructure lead | For the Term |

## Schedule 2 — Service Levels and Service Credits

| Measure | Target | Service credit if missed |
|---|---|---|
| Priority 1 incident (a whole site, the ERP or the production scheduling system unavailable): response | Within 6 hours | 3% of the monthly service charge per incident |
| Priority 1 incident: restoration | Within 10 hours | 3% of the monthly service charge per incident |
| Priority 2 incident (a department or a key function affected): response | Within 8 business hours | 1% of the monthly service charge per incident |
| Priority 3 incident (single user): resolution | Within 3 business days | 0.5% of the monthly service charge if fewer than 90% are met |
| Service desk calls answered within 60 seconds | 85% of calls | 1% of the monthly service charge |
| Customer satisfaction survey | Average 4.2 out of 5 | Improvement plan within 10 business days |

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | Fixed, one-time, invoiced after the Service Commencement Date | 88,000 |
| Monthly service charge | CNY 46,500 per month × 36 months, monthly in arrears | 1,674,000 |
| Total contract value | | 1,762,000 |
| Additional on-site technician day (on request) | Per day, not included in the total | 1,600 |

Signed for Customer: ____________________ Signed for Provider: ____________________
"""
H849E05 = """DATA SUBSCRIPTION AGREEMENT
AGRONOMIC WEATHER AND CROP DATA API

Agreement No. BMA-DS-2027-112

PARTIES

Blue Mountain Agronomics LLC, a Washington limited liability company, 27 East Main Street, Walla Walla, Washington 99362, United States ("Provider").

Harbin Fengtian Agricultural Technology Co., Ltd., Songbei District, Harbin, Heilongjiang Province, People's Republic of China ("Customer").

BACKGROUND

Provider operates a data service that delivers field-level weather observations and forecasts, soil moisture estimates, growing degree days, satellite vegetation indices and crop stage models through an application programming interface (the "API"). Customer provides agronomy advice and farm management software to growers in northeast China and wishes to use the data in its own platform. The parties agree as follows.

1. DEFINITIONS

1.1 "Provider Data" means the data, forecasts, indices and model outputs that Provider makes available through the API.

1.2 "Customer Inputs" means field boundaries, crop plans, yield records, sensor readings and other data that Customer or its growers submit to the API.

1.3 "Custom Outputs" means the data extracts, regional crop stage models and dashboards that Provider builds specifically for Customer under clause 3.2.

1.4 "Activation Date" means the date on which Customer confirms onboarding acceptance under clause 4.

1.5 "Subscription Year" means each of two consecutive yearly periods, the first starting on the Activation Date and the second on its first anniversary; together they form the "Subscription Term".

2. SUBSCRIPTION

2.1 Provider grants Customer, for the Subscription Term, a non-exclusive, non-transferable right to access the API, to use the Provider Data in Customer's farm management platform and advisory services, and to display Provider Data to Customer's growers within that platform.

2.2 The subscription covers up to 2.5 million hectares of registered fields and up to 40 million API calls per Subscription Year. Customer may not resell raw Provider Data as a stand-alone data product.

2.3 The Subscription Term ends at the end of the second Subscription Year. This Agreement does not renew automatically. Any further subscription requires a new written agreement.

2.4 Customer shall show Provider's attribution notice where Provider Data is displayed to growers, shall keep its API keys secure, and is responsible for the use of the API by its staff and platform. Customer shall not use Provider Data to build a competing weather or crop data service.

3. ONBOARDING AND CUSTOM OUTPUTS

3.1 Within 45 days after signature, Provider shall set up Customer's API keys and tenant, load Customer's field boundaries, calibrate its crop stage models for soybean, maize and rice in Heilongjiang and Jilin, and support Customer's developers in integrating the API.

3.2 Provider shall build for Customer a set of regional crop stage models, weekly data extracts for Customer's data warehouse and two dashboards for Customer's agronomists, as described in the onboarding plan attached as Annex 1.

4. ONBOARDING ACCEPTANCE

4.1 When onboarding is complete, Customer shall test the API and Custom Outputs within 10 business days against these criteria: (a) Provider Data is returned for all registered fields; (b) field boundaries match Customer's records in a full comparison; (c) forecast and soil moisture values are delivered in the agreed format and units for 14 consecutive days; (d) crop stage predictions for the previous season agree with Customer's observed records within the tolerances in Annex 1; and (e) the data extracts load into Customer's data warehouse without error.

4.2 If the criteria are met, Customer shall confirm onboarding acceptance in writing. If not, Customer shall state the deficiencies and Provider shall correct them and resubmit. Issue of API keys or test use does not constitute acceptance.

5. FEES AND PAYMENT

5.1 The fees are:
    Subscription Year 1 fee ............................ CNY 312,000
    Subscription Year 2 fee ............................ CNY 326,000
    Onboarding and Custom Outputs (one-time) ........... CNY 42,000
    Total fees ......................................... CNY 680,000

5.2 The onboarding fee is invoiced after the Activation Date. The fee for each Subscription Year is invoiced at the start of that Subscription Year. All invoices are payable within 30 days by bank transfer in CNY against a valid VAT invoice. Nothing is payable before the Activation Date.

5.3 API calls above the annual allowance are charged at CNY 3 per thousand calls, invoiced quarterly in arrears. Such charges are not part of the total fees.

5.4 The fees are fixed for the Subscription Term and include all taxes.

6. SERVICE AND SUPPORT

6.1 Provider will use commercially reasonable efforts to make the API available and to deliver forecasts on schedule. Provider does not commit to any particular level of availability, timeliness or accuracy of Provider Data, which is based on third-party observations and models.

6.2 Provider will provide support by e-mail and through its online portal during its normal business hours in the Pacific time zone. Provider may suspend the API for maintenance, and will try to announce planned maintenance in advance.

6.3 Customer shall report problems through the portal with the API call details needed to reproduce them. Provider will investigate reported problems and inform Customer of the outcome, but gives no commitment as to the time needed to respond to or resolve them.

6.4 Provider may improve and change the API and Provider Data. Provider will give Customer at least 90 days' notice before retiring an API version that Customer uses.

7. CUSTOMER INPUTS AND DATA SECURITY

7.1 Customer Inputs belong to Customer and its growers. Provider shall process Customer Inputs only to provide the API and Custom Outputs to Customer and shall not use them for any other purpose, including the improvement of its general models or any product for other customers.

7.2 Customer Inputs shall be stored and processed on cloud servers in mainland China operated by Provider's hosting partner, in compliance with the PRC Data Security Law and Personal Information Protection Law. Provider shall encrypt Customer Inputs in transit and at rest, restrict access to named staff, log all access and keep the logs for one hundred and eighty days.

7.3 Provider shall notify Customer of any security incident affecting Customer Inputs within 24 hours after discovery, take measures to contain it, cooperate with Customer and the authorities, and bear the losses caused by its failure to comply with this clause.

7.4 At the end of the Subscription Term Provider shall return Customer Inputs in a standard format and then delete them, and confirm deletion in writing.

8. INTELLECTUAL PROPERTY

8.1 Provider Data, the API and Provider's models remain the property of Provider and its licensors.

8.2 Custom Outputs belong to Customer. Provider shall deliver the data extracts, model parameters and dashboard definitions, and Customer may use, modify and license them freely, also after the Subscription Term.

9. CONFIDENTIALITY

Each party shall keep confidential the non-public information of the other party received under this Agreement, including Customer's grower lists and Provider's model documentation, use it only for this Agreement and not disclose it to third parties without prior written consent. This obligation continues for three years after the end of the Subscription Term.

10. LIABILITY

10.1 Each party's total liability under this Agreement is limited to two times the total fees. This limit does not apply to breach of clause 7 or 9, wilful misconduct or personal injury.

10.2 Neither party is liable for indirect or consequential loss, including loss of harvest or profit of Customer's growers.

11. SUBCONTRACTING AND ASSIGNMENT

11.1 Provider shall not subcontract any part of its obligations, other than the hosting services named in clause 7.2, without Customer's prior written consent.

11.2 Neither party may assign this Agreement without the other party's prior written consent.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving notice of the breach.

12.2 If Customer terminates for Provider's breach, Provider shall refund the part of the Subscription Year fee that relates to the period after termination.

13. GOVERNING LAW AND DISPUTES

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing under its rules in force at the time. The award is final.

14. GENERAL

14.1 Neither party is liable for failure or delay caused by events beyond its reasonable control, including failures of public telecommunications networks or satellite data sources, provided it notifies the other party promptly.

14.2 Each party shall comply with the export control and sanctions laws that apply to it in performing this Agreement, and shall inform the other party promptly if such laws restrict any part of the subscription.

14.3 Notices shall be given in writing to the addresses above, with a copy by e-mail to each party's contract manager.

14.4 This Agreement, with Annex 1, is the entire agreement of the parties on its subject matter, and may be amended only in writing signed by both parties. It is made in English and Chinese, and both versions are equally authentic.

SIGNATURES

For Provider: ______________________        For Customer: ______________________
Name and title:                             Name and title:
Date:                                       Date:
"""

SOURCES = {"h849z01": H849Z01, "h849z02": H849Z02, "h849z03": H849Z03, "h849z04": H849Z04, "h849z05": H849Z05,
           "h849e01": H849E01, "h849e02": H849E02, "h849e03": H849E03, "h849e04": H849E04, "h849e05": H849E05}
FILES = {"h849z01": "h849z01_lake_cyanobacteria_warning_platform.pdf",
         "h849z02": "h849z02_bib_factory_line_control_retrofit.docx",
         "h849z03": "h849z03_recitation_school_booking_saas.txt",
         "h849z04": "h849z04_animal_epidemic_system_annual_om.txt",
         "h849z05": "h849z05_handmade_paper_tracking_supplier_template.md",
         "h849e01": "h849e01_casting_qms_perpetual_licence_montana_vendor.pdf",
         "h849e02": "h849e02_field_service_saas_order_form_yakima_vendor.md",
         "h849e03": "h849e03_grain_silo_sensors_monitoring_licence.docx",
         "h849e04": "h849e04_textile_group_managed_it_services_36_months.md",
         "h849e05": "h849e05_agronomic_data_api_two_subscription_years.txt"}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]

G, S = "goods_or_licence", "service"
# key: (category, terms in TERM_KEYS order, extra, design rules, tco facts or None, forum outside mainland)
# extra: sla_clause, ld_stated, post_warranty_fee_capped (goods only), acceptance_deemed_on_delivery, contract_value
# tco facts: (fee base = itemised licence/hardware subtotal, annual post-warranty fee or None)
LABELS = {
    "h849z01": ("software",
                [99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 24, 9, False, True, False,
                 "PRC", G],
                (True, True, True, False, 1980000), [], (1180000, 106200), False),
    "h849z02": ("hardware",
                [None, 1, True, "buyer", True, True, True, 0.08, None, 25, True, True, 18, 28, False, True, True,
                 "PRC", G],
                (True, True, True, False, 1620000),
                ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"], (1360000, 380800), False),
    "h849z03": ("cloud",
                [99.5, 0.5, True, "buyer", True, True, True, 0.07, None, None, True, None, None, None, True, True,
                 False, "PRC", S],
                (True, True, None, False, 854000), ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"], None, False),
    "h849z04": ("services",
                [99.95, 0.5, True, "buyer", True, True, False, 0.1, None, None, True, None, None, None, False, False,
                 False, "PRC", S],
                (True, True, None, False, 486000), ["CR-CONFIDENTIALITY", "CR-TERMINATION"], None, False),
    "h849z05": ("software",
                [None, 8, False, "supplier", True, False, True, 0.02, None, 55, False, False, 6, None, False, True,
                 None, "PRC", G],
                (True, True, False, True, 414000),
                ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE",
                 "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"], (168000, None), False),
    "h849e01": ("software",
                [None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 11, False, True, False,
                 "Montana", G],
                (True, True, True, False, 1820000), ["CR-GOVERNING-LAW"], (1240000, 136400), True),
    "h849e02": ("cloud",
                [99.95, 0.5, True, "buyer", False, True, True, 0.1, 6 / 24 * 100, None, True, None, None, None, False,
                 True, True, "PRC", S],
                (True, True, None, False, 662000),
                ["CR-DATA-SECURITY", "CR-LIABILITY-CAP", "CR-SUBCONTRACT"], None, False),
    "h849e03": ("hardware",
                [None, 1, True, "buyer", True, True, True, 0.1, 150, 10, True, True, 36, 8.5, False, True, False,
                 "PRC", G],
                (True, True, True, False, 2520000), [], (2186000, 185810), False),
    "h849e04": ("services",
                [None, 6, True, "buyer", True, True, True, 500 / 1762000 * 100, 150, None, True, None, None, None,
                 False, True, False, "PRC", S],
                (True, True, None, False, 1762000), ["CR-LD-LOW", "CR-SLA-RESPONSE"], None, False),
    "h849e05": ("cloud",
                [None, None, False, "buyer", True, True, True, None, 200, None, True, None, None, None, False, True,
                 False, "PRC", S],
                (False, False, None, False, 680000), ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"], None,
                False),
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
THRESH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
          "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}


def tco_share(terms, value, tco):
    base, fee = tco
    if fee is None:
        return None
    post_years = max(0.0, 5 - terms["warranty_months"] / 12)
    return fee * post_years / (value + fee * post_years) * 100


def derive(terms, extra, tco, forum_outside):
    t, r = terms, []
    if not extra["sla_clause"]:
        r.append("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.append("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.append("CR-SLA-RESPONSE")
    if extra["sla_clause"] and not t["sla_remedy"]:
        r.append("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.append("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.append("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.append("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.append("CR-CONFIDENTIALITY")
    if not extra["ld_stated"]:
        r.append("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.append("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.append("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.append("CR-PREPAYMENT")
    if not t["acceptance_clause"] or extra["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.append("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.append("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not extra["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > 15):
            r.append("CR-POST-WARRANTY-FEE")
        share = tco_share(t, extra["contract_value"], tco) if t["warranty_months"] is not None else None
        if share is not None and share > 40:
            r.append("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.append("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.append("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.append("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or forum_outside:
        r.append("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


ZH_DIG = "零一二三四五六七八九十百"
PER = r"\s*(?:%|％|percent|per\s*cent)"
THRESHOLD_PATTERNS = [
    r"99\.9(?!\d)", r"百分之九十九点九(?![零一二三四五六七八九])",
    r"(?<![\d.])4\s*(?:-\s*)?(?:hours?|hrs?|小时|个小时)", r"(?<![\d十二三四五六七八九])四个?小时",
    r"(?<![a-z-])four[\s-]*hours?",
    r"(?<![\d.])0?\.05(?!\d)" + PER, r"万分之五(?![十])", r"千分之零点五",
    r"(?<![\d.])30(?:\.0+)?(?!\d)" + PER, r"百分之三十(?![一二三四五六七八九])", r"thirty" + PER,
    r"(?<![\d.])100(?:\.0+)?(?!\d)" + PER, r"百分之一?百", r"one\s*hundred" + PER,
    r"(?<![\d.])15(?:\.0+)?(?!\d)" + PER, r"(?<![一二三四五六七八九])百分之十五", r"fifteen" + PER,
    r"(?<![\d.])40(?:\.0+)?(?!\d)" + PER, r"百分之四十(?![一二三四五六七八九])", r"forty" + PER,
    r"(?<![\d.])12\s*(?:-\s*)?(?:months?|个月)", r"十二个月", r"twelve[\s-]*(?:calendar\s*)?months?",
    r"(?<![每第])一年(?!度)", r"(?<![a-z])one[\s-]*year", r"(?<![\d.])1[\s-]*years?(?![a-z])",
    r"(?<![\d.])5\s*(?:-\s*)?years?", r"(?<![a-z-])five[\s-]*years?", r"(?<![十二三四五六七八九])五年",
]
THRESHOLD_RE = re.compile("|".join("(?:%s)" % p for p in THRESHOLD_PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.9 %", "4 hours", "4-hour", "4小时", "四小时", "four hours", "0.05%", "0.05 %", "万分之五",
            "30%", "30 %", "30 per cent", "百分之三十", "100%", "100 percent", "百分之百", "15%", "百分之十五", "40%",
            "百分之四十", "12 months", "12-month", "12个月", "十二个月", "twelve months", "一年", "one year", "5 years",
            "five years", "五年", "within 4 hours", "不超过4小时"]
MUST_MISS = ["99.95%", "99.5%", "24 hours", "24小时", "14 hours", "0.055%", "0.5%", "130%", "300%", "45%", "35%",
             "115%", "150%", "百分之三十五", "百分之四十五", "百分之二十五", "2027年12月31日", "万分之七", "万分之八",
             "十五日", "四十家", "18 months", "36 months", "fourth and fifth years", "服务年度", "每年", "二十四个月",
             "CNY 1,150 per user", "4.2 out of 5", "40 million"]


def scan(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        hits += [m.group(0) for m in THRESHOLD_RE.finditer(variant)]
    return hits


def self_test():
    for s in MUST_HIT:
        assert scan(s), "must hit: " + s
    for s in MUST_MISS:
        assert not scan(s), "must miss: %s %s" % (s, scan(s))


def write_label(key):
    cat, vals, extra_t, design, tco, forum = LABELS[key]
    terms = dict(zip(TERM_KEYS, vals))
    extra = {"sla_clause": extra_t[0], "ld_stated": extra_t[1]}
    if terms["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = extra_t[2]
    else:
        assert extra_t[2] is None and terms["warranty_months"] is None and terms["post_warranty_fee_pct"] is None
    extra["acceptance_deemed_on_delivery"] = extra_t[3]
    extra["contract_value"] = extra_t[4]
    rules = derive(terms, extra, tco, forum)
    assert rules == sorted(design), (key, rules, design)
    for k, th in THRESH.items():
        assert terms[k] is None or abs(terms[k] - th) > 1e-9, (key, k)
    if tco and tco[1] is not None:
        share = tco_share(terms, extra["contract_value"], tco)
        assert abs(share - 40) > 2, (key, share)
    name = FILES[key]
    label = {"file": name, "language": "zh" if key[4] == "z" else "en", "category": cat,
             "expected_terms": terms, "expected_extra": extra, "expected_rules": rules}
    (OUT / (Path(name).stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                   encoding="utf-8")
    return rules


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test()
    targets = {}
    for key, name in FILES.items():
        ext = Path(name).suffix[1:]
        if ext in ("docx", "pdf"):
            targets[key] = (name, ext)
        else:
            (OUT / name).write_text(SOURCES[key].lstrip("\n"), encoding="utf-8")
            print("wrote", name)
    write(SOURCES, targets, OUT, wrap_words=True)
    covered, zero, findings = set(), [], {}
    for key in FILES:
        rules = write_label(key)
        covered |= set(rules)
        findings[key] = rules
        text = read_back(OUT / FILES[key])
        if key[4] == "z":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (key, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (key, n)
        hits = scan(text)
        assert not hits, (key, hits)
        print("%s  %-8s %5d  %s  %s" % (key, risk(rules), n, len(rules), ", ".join(rules) or "(none)"))
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    assert findings["h849e01"] == ["CR-GOVERNING-LAW"] and risk(findings["h849e01"]) == "low"
    assert 8 <= len(findings["h849z05"]) <= 10
    clean = [k for k, v in findings.items() if not v]
    assert sorted(clean) == ["h849e03", "h849z01"], clean
    for k in ("h849z02", "h849z03", "h849z04", "h849e02", "h849e04", "h849e05"):
        assert 2 <= len(findings[k]) <= 3, k
    print("all checks passed")


if __name__ == "__main__":
    main()
