"""holdout692: builds the ten draft contracts of this folder from the sources below, writes their .json labels and
asserts the checks of the brief (lengths, no value or text on a policy threshold, rules derived from the labels against
the design list, coverage of all 20 CR rules). Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:鹭洲湾观鸟保护区鸟类智能观测平台采购合同
P:合同编号：LZW-ZFCG-2025-017　采购方式：公开招标（政府采购）
P:甲方（采购人）：鹭洲湾观鸟保护区管理处
P:乙方（供应商）：杭州羽迹信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，甲乙双方就鸟类智能观测平台的软件许可与定制开发事宜，在平等自愿的基础上订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供“羽迹鸟类观测平台”软件许可（含鸟种识别引擎、观测数据库、移动巡护端），并根据甲方需求定制开发候鸟迁徙热力图、湿地水位联动分析、科普展示大屏和数据上报接口四个模块。
P:1.2 乙方负责在甲方指定机房及保护区内18处观测点完成平台部署、联调、历史观测记录初始化和人员培训。
P:1.3 本合同附件包括：招标文件、投标文件、技术需求书、功能清单及报价明细表。附件与本合同具有同等效力，不一致之处以本合同为准。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰零玖万元整（¥1,090,000），为固定总价，包括软件许可、定制开发、部署实施、培训、税费及质保期内全部服务费用。
P:2.2 价款构成：平台软件许可费¥586,000；定制开发费¥412,000；部署实施费¥68,000；培训费¥24,000。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额发票后15个工作日内，甲方支付合同总价的20%作为预付款，计¥218,000。
P:3.2 平台完成部署并通过初步验收后15个工作日内，甲方支付合同总价的45%，计¥490,500。
P:3.3 项目通过最终验收后15个工作日内，甲方支付合同总价的35%，计¥381,500。
P:3.4 资金支付按财政国库集中支付程序办理，乙方应配合提供所需材料。
H:第四条 交付与进度
P:4.1 乙方应于合同签订后60日内完成软件许可交付及平台部署，150日内完成全部定制模块开发并提交初步验收。
P:4.2 乙方应提交项目实施计划、周报及变更记录，涉及功能或进度的重大变更须经甲方书面确认。
P:4.3 乙方应组建不少于6人的项目团队，项目经理须具有同类生态监测项目经验，实施期间每周至少3日驻场。未经甲方同意，乙方不得更换项目经理；确需更换的，接替人员资历不得低于原人员。
P:4.4 野外观测点施工须遵守保护区管理规定，避开候鸟集中停歇期，不得惊扰鸟类、破坏植被或在核心区内留宿。施工产生的废弃物由乙方负责清运。
P:4.5 乙方应为甲方管理人员、巡护员和科普讲解员分别提供培训，培训结束后提交培训记录及操作手册，确保受训人员能够独立完成日常巡护数据录入、鸟种核验和报表导出。
H:第五条 验收
P:5.1 初步验收：平台部署完成、各观测点视频及声纹数据接入正常、定制模块功能与功能清单逐项一致后，由甲方组织初步验收。
P:5.2 最终验收：初步验收后连续试运行90日，期间未发生一级故障，鸟种识别准确率在甲方提供的测试样本上不低于92%，热力图刷新时间不超过5分钟，数据上报接口连续对接成功，并通过第三方安全测评后，由甲方组织专家进行最终验收并出具书面验收报告。
P:5.3 平台上线运行、甲方使用或支付款项均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提交验收，由此产生的费用由乙方承担。
H:第六条 质量保证与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、远程及现场技术支持。
P:6.2 质保期满后，如甲方需要，乙方提供年度维护服务，年维护费不超过平台软件许可费的9%（即不超过¥52,740），该费率在质保期满后三年内保持不变。维护服务按年另行签订，不自动续期。
H:第七条 服务水平
P:7.1 质保期内平台月可用率不低于99.95%（计划内维护除外，计划内维护须提前3日通知甲方）。
P:7.2 一级故障（平台整体不可用或观测数据无法采集）：乙方应在30分钟内响应，2小时内远程处理，6小时内到达现场；二级故障2小时内响应，24小时内解决；三级故障在下一版本中修复。
P:7.3 响应超时的，每超时1小时乙方支付违约金¥800；月可用率每低于约定值0.01个百分点，乙方支付¥1,000。上述款项可从应付款中直接扣除。
H:第八条 知识产权
P:8.1 平台软件的著作权归乙方所有，乙方授予甲方永久、不可撤销的使用许可，使用范围为甲方及其下属保护站。
P:8.2 为本项目定制开发的模块、接口程序、源代码及技术文档的知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发。乙方应在最终验收时移交全部源代码及文档。
H:第九条 数据安全与数据归属
P:9.1 平台采集和产生的全部观测数据、影像、声纹及巡护记录归甲方所有。乙方仅为履行本合同使用上述数据，不得复制、留存或用于其他任何目的。
P:9.2 乙方应落实网络安全等级保护要求，对数据进行加密存储和传输，运维访问须经甲方审批并通过堡垒机进行，不得将数据带离甲方环境。珍稀鸟种的位置信息按敏感信息管理。
P:9.3 项目结束或合同终止时，乙方应将其因实施需要临时接触的数据全部交还甲方，并删除其设备中的副本，出具书面说明。
P:9.4 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第十条 保密
P:10.1 乙方对履行本合同中知悉的甲方工作秘密、保护区资源分布、观测点位置及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因合同终止而解除。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期提交验收的，每逾期一日按合同总价的万分之八支付违约金；逾期超过60日的，甲方有权解除合同。
P:11.2 甲方无正当理由逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
P:11.3 乙方交付的软件或服务不符合合同约定，经两次整改仍不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
P:11.4 乙方派驻人员违反保护区管理规定造成生态损害的，乙方应承担修复费用并赔偿甲方损失。
H:第十二条 分包
P:12.1 乙方不得将本项目分包或转包给任何第三方。
H:第十三条 合同解除
P:13.1 任何一方严重违反本合同，经另一方书面催告后15日内仍未纠正的，守约方有权书面通知解除本合同，并要求违约方赔偿损失。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 不可抗力
P:15.1 因地震、台风、洪水等不可抗力致使合同不能履行的，受影响方应在事件发生后3日内通知对方，并在15日内提供证明。双方根据影响程度协商延期履行或部分免除责任。
H:第十六条 廉洁条款
P:16.1 乙方不得向甲方工作人员提供礼金、礼品、宴请或其他不正当利益。违反本条的，甲方有权解除合同，并将有关情况报告主管部门。
H:第十七条 其他
P:17.1 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:17.2 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：鹭洲湾观鸟保护区管理处　　乙方（盖章）：杭州羽迹信息技术有限公司
P:签订日期：2025年6月　日
"""

Z02 = """T:捻股编织生产线控制系统改造及维保合同
P:合同编号：HS-SB-2025-0416
P:甲方：江苏恒顺缆绳制造有限公司
P:乙方：无锡德控自动化工程有限公司
P:甲方因生产需要，对二车间三条捻股机生产线和两台编织机的电气控制系统进行改造。经询价比选，甲方确定由乙方承担本项目。双方经协商一致，订立本合同。
H:第一条 项目范围
P:1.1 乙方负责提供PLC控制柜、伺服驱动系统、张力检测装置及车间监控软件许可，拆除旧控制系统，完成新系统的安装、编程、调试，并开发与甲方现有MES系统的数据接口。
P:1.2 改造后应实现：捻距和张力闭环控制、断股自动停机、生产批次与工艺参数自动记录、设备状态在中控室集中监视。
P:1.3 乙方应在每条生产线停机窗口内完成切换，单线停机时间不超过7日，不得影响其余生产线正常生产。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰肆拾叁万元整（¥1,430,000），含设备、软件、安装调试、培训、运输、保险及税费。明细如下：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制柜（含冗余CPU）|5套|486,000
TB:2|伺服驱动及电机|22套|372,000
TB:3|张力检测装置|44套|148,000
TB:4|车间监控软件许可（永久）|1套|196,000
TB:软硬件小计|||1,202,000
TB:5|MES数据接口开发|1项|118,000
TB:6|安装调试|1项|96,000
TB:7|操作及维护培训|1项|14,000
TB:合计|||1,430,000
H:第三条 付款方式
P:3.1 合同生效后10个工作日内，甲方支付合同总价的20%作为预付款，计¥286,000。
P:3.2 设备全部到货并安装完毕后，甲方支付合同总价的55%，计¥786,500。到货安装不视为验收合格。
P:3.3 项目通过最终验收后，甲方支付合同总价的25%，计¥357,500。
P:3.4 乙方每次收款前应开具相应金额的增值税专用发票。
H:第四条 交付与工期
P:4.1 乙方应在合同生效后45日内将全部设备运至甲方二车间，90日内完成五条生产线的改造和单线调试。
P:4.2 设备到货时双方共同开箱清点，核对型号、数量及出厂合格证。
P:4.3 乙方进场施工须遵守甲方安全生产管理制度，特种作业人员持证上岗，动火、登高及带电作业须办理作业票。因乙方违规作业造成人身伤害或财产损失的，由乙方承担全部责任。
P:4.4 乙方应在进场前提交施工方案和停机切换计划，经甲方生产部和设备部会签后实施；切换期间乙方应安排技术人员24小时值守，确保生产线恢复后稳定运行。
P:4.5 乙方应随设备提供电气原理图、接线图、PLC程序注释、设备说明书及备品备件清单，并在质保期内保证常用备件的库存，保证在48小时内送达甲方现场。
P:4.6 乙方应对甲方电工、设备管理员及生产线操作工分批进行培训，内容包括系统操作、参数设置、报警处理、日常点检和一般故障排除。培训结束后由甲方组织考核，考核不合格人员由乙方免费再培训。
H:第五条 验收
P:5.1 每条生产线改造完成后连续带料试生产10日，捻距偏差不超过设定值的±1%，张力波动不超过±3%，断股停机动作准确，批次记录与MES数据一致，方可提交验收。
P:5.2 五条生产线全部试生产合格后，甲方组织最终验收，双方签署验收证书。验收不合格的，乙方应在10日内整改后重新验收。
P:5.3 最终验收时乙方应提交竣工资料，包括竣工图、程序清单、参数设定表、调试记录、培训记录及备件清单，资料不全的不予组织验收。
H:第六条 质量保证
P:6.1 设备及软件质保期为二十四个月，自最终验收合格之日起计算。质保期内非人为损坏的部件免费维修或更换，软件免费升级。
P:6.2 质保期内同一部件因质量问题维修两次后仍不能正常工作的，乙方应免费更换新件，更换部件的质保期自更换之日起重新计算。
P:6.3 质保期满后，乙方按年提供维保服务，年维保费为软硬件小计的8%（即¥96,160），该价格在质保期满后三年内不作调整。维保合同每年由双方另行签订。
H:第七条 维保服务标准
P:7.1 控制系统月可用率不低于99.5%，计划停机须提前5日与甲方生产部商定。
P:7.2 一级故障（整条生产线停机）乙方应在1小时内响应，3小时内到达现场；二级故障8小时内到达现场；其他问题2个工作日内处理。
P:7.3 乙方每超时1小时，向甲方支付违约金¥800；月可用率每低于约定值0.1个百分点，乙方支付¥2,000，可从应付款中扣除。
P:7.4 乙方每季度对控制系统进行一次预防性巡检，检查控制柜散热、接线紧固、伺服报警记录及程序备份，巡检报告提交甲方设备部存档。
H:第八条 知识产权
P:8.1 车间监控软件的著作权归乙方或其原厂所有，甲方获得永久使用许可。
P:8.2 为本项目编写的PLC程序、MES接口程序、组态画面及源代码归甲方所有，甲方可自行或委托他人修改使用。乙方应在最终验收时移交完整程序备份和说明文档。
H:第九条 数据安全
P:9.1 生产数据、工艺参数和批次记录归甲方所有，乙方不得复制或用于本合同以外的任何用途。
P:9.2 乙方远程维护须经甲方设备部逐次批准，通过甲方提供的专用通道进行，并记录操作日志；不得在控制网络中安装与本项目无关的软件。
P:9.3 因乙方原因造成工艺数据泄露、控制程序被篡改或生产数据丢失的，乙方应在2小时内报告甲方，并承担由此造成的全部损失。
H:第十条 保密
P:10.1 乙方对知悉的甲方工艺配方、产品规格、客户信息及其他商业秘密负有保密义务，未经甲方书面同意不得向第三方披露。本条在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交货或逾期完成改造的，每逾期一日按合同总价的千分之一支付违约金。
P:11.2 因乙方施工原因造成甲方生产线超出约定时间停机的，乙方应赔偿甲方由此产生的直接损失。
P:11.3 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:11.4 乙方施工期间应做好现场防护，不得损坏甲方厂房、管线及其他设备；造成损坏的，乙方负责修复或按实际损失赔偿。乙方撤场前应清理施工垃圾并恢复现场。
H:第十二条 分包
P:12.1 乙方可将现场电缆敷设、桥架安装等辅助工作交由其合作单位完成，但应提前五个工作日书面告知甲方，并对合作单位的工作质量和安全承担责任。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后10日内仍未纠正的，甲方有权解除本合同，乙方应退还甲方已付款项并赔偿损失。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交无锡仲裁委员会仲裁。
H:第十五条 不可抗力
P:15.1 因不可抗力导致任何一方不能按期履行的，应及时通知对方并提供证明，双方协商延期履行。不可抗力持续超过60日致使合同目的无法实现的，任何一方可书面通知解除合同。
H:第十六条 通知
P:16.1 双方往来通知以书面形式送达本合同首部所列地址或双方确认的电子邮箱。任何一方联系方式变更的，应在变更后3日内通知对方。
H:第十七条 其他
P:17.1 本合同附件包括技术协议、设备清单及图纸，附件为本合同不可分割的组成部分。
P:17.2 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：江苏恒顺缆绳制造有限公司　　乙方（盖章）：无锡德控自动化工程有限公司
"""

Z03 = """连锁针灸门店预约及会员管理系统服务合同

合同编号：RHT-IT-2025-021
甲方：上海仁和堂针灸连锁管理有限公司
乙方：南京云约信息科技有限公司

甲方在上海、苏州、杭州共经营45家针灸推拿门店，拟统一使用线上预约、排班及会员管理系统。乙方提供“云约”门店预约及会员管理SaaS服务并负责实施。双方经友好协商，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方向甲方45家门店开通“云约”系统专业版，包括：小程序及公众号预约、针灸师排班、诊疗项目及疗程卡管理、会员储值与积分、门店收银、短信提醒、经营报表。
2. 每家门店开通前台账号3个、针灸师账号不限，总部开通管理账号20个。
3. 乙方负责系统的托管、运行、备份和版本升级，甲方无需自行部署服务器。
（二）实施服务
1. 乙方负责系统初始化配置，包括门店资料、项目价目、疗程规则、会员等级和权限设置。
2. 乙方将甲方原会员系统中约18.6万名会员的资料、储值余额、疗程余次及近两年消费记录迁移至新系统，并出具迁移核对报告。
3. 乙方按甲方要求定制开发总部经营驾驶舱、针灸师绩效报表及与甲方财务系统的对接接口。
4. 乙方对甲方总部人员和各门店店长、前台进行培训，每家门店培训不少于半天。

（三）运营支持
1. 乙方为甲方指定一名客户成功经理，每月与甲方总部运营部召开一次例会，通报系统运行情况、故障处理情况和版本更新计划。
2. 新店开业时，乙方应在开业前5个工作日完成新店开通和人员培训。
3. 乙方每季度向甲方提交一次使用分析报告，包括预约量、爽约率、会员活跃度和各门店功能使用情况，供甲方改进运营。

二、服务期限
（一）服务期为两个服务年度。首个服务年度自系统上线验收通过之日起算，第二个服务年度自首个服务年度届满次日起算。
（二）乙方应在合同签订后75日内完成全部门店上线并提交上线验收。

（三）甲方应在合同签订后10日内提供门店资料、项目价目及原会员系统的数据导出文件，并安排各门店配合培训和试运行。甲方未按时提供的，上线期限相应顺延。

三、合同价款
（一）订阅费：每家门店每个服务年度¥6,800，45家门店每个服务年度合计¥306,000，两个服务年度合计¥612,000。
（二）实施费：¥86,000，包括初始化配置、定制开发及培训。
（三）数据迁移费：¥28,000。
（四）本合同总价为¥726,000，含税。服务期内甲方新增门店的，按每家门店每个服务年度¥6,800计费，不足一个服务年度的按月折算。

四、付款方式
（一）实施费和数据迁移费在上线验收通过后15个工作日内一次付清。
（二）每个服务年度的订阅费在该服务年度开始后10个工作日内支付。
（三）乙方应在甲方付款前开具合法有效的增值税发票。

五、上线验收
（一）上线验收标准：
1. 45家门店全部开通并完成至少一周的实际预约和收银运行；
2. 迁移后的会员数量、储值余额和疗程余次与原系统逐项核对一致，差异均已查明并处理；
3. 定制报表数据与甲方财务系统对账一致，接口连续运行7日无错误；
4. 高峰时段预约页面打开时间不超过2秒。
（二）甲方在收到验收申请后10个工作日内组织验收，符合标准的出具书面验收单。系统试用或付款均不视为验收通过。

（三）验收中发现的问题，乙方应在5个工作日内整改完毕并重新提交验收。验收通过前，乙方应保障已上线门店的正常营业，不得因验收未完成而中断服务。

六、服务水平
（一）系统月可用率不低于99.95%，计划维护安排在凌晨0点至6点之间，并提前3日通知甲方。
（二）故障分级及响应：
1. 一级故障（全部或多数门店无法预约或收银）：乙方应在8小时内响应，24小时内恢复；
2. 二级故障（单店或单项功能不可用）：12小时内响应，48小时内解决；
3. 其他问题在下一次版本更新中处理。
（三）月可用率低于承诺值的，乙方按当月订阅费的10%给予服务抵扣；低于99%的，按当月订阅费的25%给予服务抵扣。抵扣金额在下一期订阅费中扣减。

七、数据安全与个人信息保护
（一）甲方会员的姓名、手机号、体质记录、诊疗记录、储值及消费数据均归甲方所有。乙方仅为提供本合同服务处理上述数据，不得用于本合同以外的任何目的。
（二）乙方应依照《个人信息保护法》《数据安全法》的要求，对数据进行加密存储和传输，建立访问控制和操作日志，系统应通过网络安全等级保护三级测评，数据存储于中国境内。
（三）发生数据泄露、篡改或丢失的，乙方应在2小时内通知甲方，配合甲方开展调查和告知工作，并承担因此给甲方造成的全部损失，包括甲方对会员的赔偿和行政处罚。
（四）乙方应每日对甲方数据进行备份，备份保留不少于30日，并每季度进行一次恢复演练，演练结果书面告知甲方。
（五）服务终止后30日内，乙方应按甲方要求以通用格式导出全部数据交给甲方，并在甲方确认后彻底删除系统中的甲方数据。

八、知识产权
（一）“云约”系统的知识产权归乙方所有。
（二）为甲方定制开发的经营驾驶舱、绩效报表、财务接口程序及相关文档归甲方所有，甲方可自由使用、修改并许可他人使用。

九、续期
服务期满前30日，任何一方未书面提出不再续约的，本合同自动续期一个服务年度，续期次数不限。续期服务费由乙方根据届时的产品价格体系确定，并在续期前通知甲方，甲方应按调整后的价格支付。

十、违约责任
（一）乙方未按约定日期完成上线的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
（三）因乙方原因导致系统连续中断超过24小时的，甲方有权要求乙方赔偿门店营业损失。

十一、分包
乙方不得将本合同项下的实施或运维服务分包给第三方；确需分包的，须事先取得甲方书面同意。

十二、合同解除
（一）乙方严重违反本合同约定，经甲方书面通知后15日内未改正的，甲方有权解除本合同，乙方应退还未履行服务期间的费用并赔偿损失。
（二）合同解除或终止时，乙方应履行本合同第七条第（五）项的数据返还义务。

十三、通知与联系人
（一）双方各指定一名项目联系人，负责本合同履行中的日常沟通。联系人变更的，应提前3日书面通知对方。
（二）涉及付款、续期、解除及违约的通知，应以书面形式送达本合同首部所列地址，或发送至双方确认的电子邮箱，发出后第二个工作日视为送达。

十四、不可抗力
因不可抗力或基础电信运营商网络大面积中断导致服务中断的，受影响方应及时通知对方，并尽力减少损失。该期间不计入月可用率的计算，但乙方应在不可抗力消除后尽快恢复服务。

十五、法律适用与争议解决
本合同适用中华人民共和国法律。争议协商不成的，任何一方可向甲方所在地人民法院起诉。

十六、其他
（一）本合同附件包括：功能清单、门店清单、定制开发需求说明书、数据迁移方案。附件与本合同具有同等效力。
（二）本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：上海仁和堂针灸连锁管理有限公司
乙方（盖章）：南京云约信息科技有限公司
"""

Z04 = """航标遥测系统运维服务合同

合同编号：DHHB-NB-YW-2025-08
甲方：东海航海保障中心宁波航标处
乙方：宁波海睿通信技术有限公司

根据《中华人民共和国民法典》及甲方运维服务采购结果，甲方委托乙方承担宁波辖区航标遥测遥控系统的运行维护服务。双方经协商一致，订立本合同。

第一条 服务范围
（一）运维对象：辖区内灯塔、灯桩及浮标上安装的航标遥测终端共326台，遥测数据接收基站9座，航标处遥测监控中心平台软硬件一套。
（二）服务内容：
1. 日常监控：对遥测终端上报的灯质、电压、位置、漂移报警等数据进行全天候监控，发现异常及时处置并通知甲方值班人员；
2. 定期巡检：按季度对基站、监控中心设备进行巡检，对浮标终端结合甲方航标船巡检计划同步检查；
3. 故障维修：遥测终端、通信模块、太阳能供电单元及基站设备的故障诊断、维修和更换；
4. 平台软件维护：监控平台的缺陷修复、数据库维护、报表调整和配置变更；
5. 应急保障：台风、寒潮等恶劣天气及重大通航保障任务期间的驻点值守。

第二条 服务期限
本合同服务期自2025年7月1日起至2026年6月30日止。服务期满，本合同自然终止，甲方按规定重新组织采购。

（三）服务交接：合同生效后10日内，乙方应与原运维单位完成交接，核对设备台账、备件、系统口令和遗留故障，形成交接清单报甲方确认。交接期间出现的故障由乙方负责处理。
（四）乙方每月向甲方提交运维月报，内容包括遥测终端运行统计、故障及处理情况、巡检发现的问题及整改建议、备件消耗情况。

第三条 服务费用
（一）本合同总价为人民币伍拾贰万肆仟元整（¥524,000），明细如下：
1. 日常监控及定期巡检：¥318,000；
2. 终端维修及备件：¥96,000（含本合同附件所列常用备件）；
3. 平台软件维护：¥72,000；
4. 应急保障：¥38,000。
（二）上述费用为服务期内的固定费用，包括人工、交通、备件、通信及税费。超出附件范围的大型设备更换，由双方另行协商。

第四条 付款方式
（一）本合同不设预付款。
（二）服务费按季度支付，每季度¥131,000。每季度结束后，经甲方季度考核合格，甲方在收到发票后15个工作日内支付该季度服务费。
（三）季度考核中发生扣减的，从该季度服务费中扣除。

第五条 服务标准
（一）遥测监控中心平台月可用率不低于99.95%。
（二）故障响应：
1. 一级故障（监控中心平台中断、基站中断或主要灯塔遥测中断）：乙方应在30分钟内响应，2小时内到达现场或远程恢复；
2. 二级故障（单个灯桩、浮标终端离线或数据异常）：2小时内响应，在甲方安排的最近一次出海航次中完成维修；
3. 三级故障（报表、显示等非关键问题）：2个工作日内处理。
（三）乙方应在甲方调度值班室配备运维值班电话，并保证24小时畅通。
（四）乙方响应或到场每超时1小时，从当季服务费中扣减¥500；月可用率每低于约定值0.01个百分点，扣减¥1,000。

第六条 运维人员
（一）乙方应配备不少于5名专职运维人员，其中至少2人具有无线通信或电子类中级以上职称，应急期间驻点人员不少于2人。
（二）乙方人员登船作业应遵守甲方船舶安全管理规定，穿戴救生设备，服从船长指挥。
（三）乙方更换主要运维人员的，应提前10日书面通知甲方并经甲方认可。
（四）乙方人员进入甲方监控中心、基站机房作业，应遵守甲方机房管理制度，登记出入时间和作业内容，作业完成后清理现场并恢复设备原状。

（四）乙方应建立运维工单系统，对每一项故障记录发现时间、响应时间、到场时间、处理过程和恢复时间，工单记录每月提交甲方。
（五）乙方应在宁波、舟山两地各设一个备件存放点，常用备件库存不低于附件约定的数量，使用后应在15日内补足。

第七条 考核与验收
（一）季度考核：每季度末由甲方按以下标准考核：巡检计划全部完成；故障均有工单记录且响应时间符合第五条；备件出入库台账与实物一致；监控平台月度可用率记录完整。
（二）年度验收：服务期满前15日，乙方提交年度运维报告、故障统计分析、设备健康评估和备件清单，甲方组织验收并出具书面验收意见。验收不合格的，乙方应限期整改。

（三）服务期满时，乙方应配合甲方与新的运维单位进行交接，移交全部运维记录、设备台账、系统口令、备件及技术资料，交接期不少于15日，乙方不得以任何理由拖延。

第八条 数据与成果
（一）遥测数据、监控平台数据、运维记录归甲方所有，乙方不得用于本合同以外的任何用途。
（二）乙方在运维过程中编写的巡检规程、配置脚本、运维报告等成果归甲方所有，甲方可自由使用和修改。

（三）监控平台软件的原有著作权归原开发单位所有，乙方在维护过程中对平台所作的修改和补丁应向甲方提供源代码及说明。

第九条 保密
乙方对在服务中知悉的航标布设、海图资料、通信频率、系统口令及甲方其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条在合同期满后继续有效。

第九条之一 运维培训
乙方每半年为甲方值班人员和航标工开展一次遥测系统操作及常见故障判别培训，培训课件和记录交甲方存档，甲方人员经培训后应能独立完成报警确认、数据查询和简单复位操作。

第十条 违约责任
（一）乙方未按计划完成季度巡检的，每逾期一日按合同总价的千分之一向甲方支付违约金。
（二）因乙方维护不当造成航标遥测长时间中断并影响通航安全的，乙方应承担相应的赔偿责任。
（三）甲方逾期支付服务费的，每逾期一日按逾期金额的万分之三支付违约金。

第十一条 甲方的义务
（一）甲方应向乙方提供运维所需的设备台账、系统文档、网络拓扑及必要的账号权限，并根据运维需要为乙方人员安排航标船随船作业。
（二）甲方应指定运维管理联系人，及时确认乙方提交的工单、巡检报告和考核材料。
（三）甲方在航标调整、新设或撤除时，应提前通知乙方，以便乙方及时调整遥测终端配置。

第十二条 分包
乙方不得将本合同项下的服务全部或部分分包、转包给第三方。

第十三条 合同变更
本合同的变更须经双方协商一致并签订书面补充协议。服务期内航标数量增减不超过10台的，费用不作调整。

第十四条 安全生产
（一）乙方应对其人员进行安全教育，为出海、登高及带电作业人员购买意外伤害保险。乙方人员在作业中发生人身伤害的，由乙方负责处理。
（二）乙方作业时不得影响航标正常发光和通航安全；需要临时关闭航标或遥测终端的，应事先报甲方批准，并配合甲方发布相关信息。

第十五条 不可抗力
因台风、风暴潮等不可抗力导致乙方无法按时完成维修的，乙方应及时通知甲方，相应时间可顺延，不视为违约。

第十六条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院起诉。

第十七条 其他
本合同附件为：运维对象清单、备件清单、季度考核表。本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。

甲方（盖章）：东海航海保障中心宁波航标处
乙方（盖章）：宁波海睿通信技术有限公司
"""

Z05 = """# 软件许可及定制开发合同

**焙云标准合同文本 V3.0（BY-HT-2023）**

合同编号：BY-2025-0638

甲方（用户）：云南山岚咖啡烘焙有限公司

乙方（供应商）：昆明焙云软件有限公司

鉴于甲方需要建设咖啡豆烘焙批次追溯管理系统，乙方拥有“焙云烘焙追溯系统”软件的著作权并具备相应的开发和实施能力，双方经协商，依据《中华人民共和国民法典》订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“焙云烘焙追溯系统”标准版软件许可，包括生豆入库、烘焙计划、烘焙曲线采集、杯测记录、拼配管理、包装赋码和成品追溯七个模块。

1.2 乙方根据甲方需求进行定制开发，内容为：与甲方六台烘焙机的曲线数据采集接口、生豆供应商批次对接、电商订单追溯查询页面、质量部杯测评分模板。

1.3 乙方负责系统的安装部署、基础数据初始化及用户培训。具体功能以乙方提供的《产品功能说明》为准。

## 第二条 合同价款

2.1 本合同总价为人民币玖拾肆万元整（¥940,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 焙云烘焙追溯系统软件许可（标准版，永久） | 640,000 |
| 2 | 定制开发 | 248,000 |
| 3 | 实施部署及培训 | 52,000 |
| | 合计 | 940,000 |

2.2 上述价格不含甲方现场服务器、网络设备、扫码枪及打印机等硬件，如需乙方代购，另行计价。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的50%，即¥470,000。乙方收到该款项后开始实施。

3.2 系统安装上线后5个工作日内，甲方支付合同总价的50%，即¥470,000。

3.3 甲方逾期付款的，乙方有权暂停实施或暂停技术服务，由此造成的工期延误由甲方负责。

## 第四条 实施与交付

4.1 乙方在收到首期款后90日内完成软件安装和定制开发，具体进度以乙方提交的实施计划为准。

4.2 因甲方未及时提供基础数据、烘焙机通讯协议或现场条件的，交付期限相应顺延。

4.3 系统部署在甲方自有服务器上，乙方通过远程方式实施的，甲方应开通必要的远程访问权限。

4.4 甲方应指定项目联系人，配合乙方完成需求确认。需求确认后甲方提出变更的，乙方有权另行收费并调整工期。

4.5 乙方负责对甲方烘焙师、质量部人员及仓库管理员进行操作培训，培训时间合计不少于3日。培训结束后，乙方提交培训签到表和操作手册。

4.6 乙方在实施期间派驻项目经理一名，负责与甲方对接。乙方根据项目需要安排实施人员，人员变更无需经甲方同意，但应告知甲方项目联系人。

## 第五条 验收

5.1 系统安装上线后，即视为甲方验收合格。

5.2 甲方在上线后使用系统的，视为甲方认可乙方交付的全部成果。

5.3 如甲方在系统上线时尚未完成基础数据录入或其他准备工作，不影响本条验收结论，乙方可按第三条约定请求支付余款。

## 第六条 质量保证与维护

6.1 免费维护期为六个月，自系统上线之日起计算。免费维护期内乙方提供远程技术支持及缺陷修复，现场服务按乙方收费标准另行收费。

6.2 免费维护期满后，甲方应向乙方购买年度维护服务，年度维护费为软件许可费的28%，即每年¥179,200，按年预付。甲方未购买维护服务的，乙方不再提供升级及技术支持。

6.3 一级故障（系统整体无法使用或烘焙曲线无法采集）：乙方在2小时内响应；二级故障在1个工作日内响应。乙方响应超时的，每超时1小时向甲方支付违约金¥300，每月累计不超过当月维护费的十分之一。

6.4 维护服务内容包括：软件缺陷修复、版本升级、远程技术支持及每年一次的系统健康检查。因甲方操作不当、擅自修改配置或第三方软件造成的故障，不属于维护服务范围，乙方可另行收费。

## 第七条 知识产权

7.1 焙云烘焙追溯系统软件及乙方提供的全部文档的著作权归乙方所有。

7.2 乙方为甲方定制开发的接口程序、查询页面、评分模板及相关源代码的知识产权均归乙方所有。甲方在本合同约定范围内享有非独占、不可转让的使用权，不得修改、反向工程或向任何第三方提供。

## 第八条 数据

8.1 甲方在系统中录入和产生的业务数据归甲方所有。

8.2 甲方同意，乙方可将甲方的烘焙曲线、杯测评分及批次数据进行脱敏处理后，用于乙方产品的改进、算法训练及咖啡行业分析报告，不另行支付费用。

8.3 乙方对系统采取访问控制、数据加密传输和每日备份等安全措施，乙方运维人员访问甲方数据须留有日志。因乙方原因造成甲方数据泄露或丢失的，乙方应在24小时内通知甲方，采取补救措施，并依本合同第十条承担赔偿责任。

8.4 甲方负责服务器、操作系统、数据库及网络环境的安全，包括病毒防护和防火墙配置。因甲方环境原因导致的数据损失，乙方不承担责任。

## 第九条 保密

9.1 双方对在合作中知悉的对方商业秘密负有保密义务，包括甲方的拼配配方、烘焙参数、客户名单以及乙方的软件源代码和报价。未经对方书面同意，任何一方不得向第三方披露。

9.2 保密义务在本合同终止后两年内继续有效。

## 第十条 违约责任

10.1 乙方未按期完成交付的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的3%。

10.2 乙方在本合同项下的累计赔偿责任总额（包括违约金和损害赔偿）以合同总价的20%为限，乙方不承担任何间接损失、利润损失或数据损失。

10.3 甲方逾期付款的，每逾期一日按逾期金额的千分之一向乙方支付违约金。

10.4 因甲方提供的数据或资料有误导致系统运行结果错误的，由甲方自行承担责任。

## 第十一条 合同解除

11.1 一方严重违约，经守约方书面催告后30日内仍未纠正的，守约方有权书面通知解除本合同。

11.2 合同解除后，甲方已支付的软件许可费不予退还，乙方已完成的工作按实际工作量结算。

## 第十二条 甲方义务

12.1 甲方应按乙方要求提供符合配置要求的服务器和网络环境，提供烘焙机通讯协议、生豆供应商编码规则及历史批次资料，并保证资料真实完整。

12.2 甲方应指定熟悉业务的人员参与需求确认和系统测试，并在乙方提出确认请求后3个工作日内予以答复，逾期未答复的视为确认。

12.3 甲方不得将本软件安装于本合同约定以外的工厂或提供给甲方关联公司使用，如需扩展使用范围，应另行购买许可。

## 第十三条 不可抗力

因不可抗力不能履行合同的，受影响方根据不可抗力的影响部分或全部免除责任，但应及时通知对方并在合理期限内提供证明。

## 第十四条 争议解决

因本合同产生的争议，双方应友好协商；协商不成的，提交昆明仲裁委员会仲裁。

## 第十五条 其他

15.1 本合同为乙方标准合同文本，双方另有约定的，以补充协议为准。

15.2 本合同附件包括《产品功能说明》《定制开发需求确认书》及《实施计划》，以乙方最终提交的版本为准。

15.3 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：云南山岚咖啡烘焙有限公司

乙方（盖章）：昆明焙云软件有限公司
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. LVS-CN-2025-014
P:This Software Licence and Services Agreement (the "Agreement") is made between Zhanjiang Haiwan Aquaculture Co., Ltd., a company registered in Zhanjiang, Guangdong Province, People's Republic of China (the "Buyer"), and Lakeview Aqua Systems Limited, a company registered in Kenya with its principal office on Oginga Odinga Street, Kisumu, Kenya (the "Vendor").
P:The Vendor develops and licenses HatchWise, a farm management system for fish hatcheries and grow-out ponds. The Buyer operates eleven hatcheries and pond farms in Guangdong and Hainan and wishes to license HatchWise, have it configured for its operations and have its historical records migrated. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the HatchWise application in the version current at signature, including the pond monitoring module, feeding planner, hatchery batch register, water quality log and mobile field application, together with all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, report templates, data conversion scripts and configuration written by the Vendor specifically for the Buyer, including their source code and documentation.
P:1.3 "Buyer Data" means all data entered into, generated by or migrated into the Software by or for the Buyer, including stocking records, water quality readings, feed consumption, mortality counts and sales records.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Article 5.3.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software on the Buyer's own servers for the Buyer and its subsidiaries, for up to 260 named users and an unlimited number of ponds and sites.
P:2.2 The Vendor shall configure the Software for the Buyer's eleven sites, build an interface to the Buyer's ERP system and to the dissolved-oxygen sensors already installed on the Buyer's ponds, and migrate the Buyer's records for the last three production seasons.
P:2.3 The Vendor shall train the Buyer's farm managers, hatchery technicians and administrators, partly on site and partly by video conference, and shall supply user and administrator manuals in Chinese and English.
H:Article 3 Price
P:3.1 The total Contract Price is CNY 1,140,000, inclusive of all taxes, travel and expenses, made up as follows: perpetual licence fee CNY 820,000; configuration and interfaces CNY 236,000; data migration CNY 46,000; training CNY 38,000.
P:3.2 The Contract Price is fixed. No additional amount is payable for the scope described in Article 2.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the Contract Price (CNY 228,000) within 20 days after signature of this Agreement and receipt of the Vendor's invoice.
P:4.2 The Buyer shall pay 45% of the Contract Price (CNY 513,000) within 20 days after the Vendor has installed the Software on the Buyer's servers and completed the data migration. Installation is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 399,000) within 20 days after Final Acceptance.
P:4.4 All payments are made in CNY by bank transfer to the Vendor's account named in its invoice. Each party bears its own bank charges.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall install the Software within 45 days and complete configuration, interfaces and migration within 120 days after signature.
P:5.2 Acceptance tests follow the test plan agreed in the first project month and shall show that: every function listed in the functional specification works; migrated records reconcile with the source data for stock counts, feed totals and sales amounts; sensor readings reach the Software within two minutes; the ERP interface runs for 20 consecutive working days without unresolved errors; and no Severity 1 defect is open.
P:5.3 When the tests are passed, the Buyer shall issue a written Final Acceptance certificate within ten working days. Use of the Software in production or payment of any amount does not constitute acceptance. If a test fails, the Vendor shall correct the defect and repeat the test at its own cost.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will conform to the functional specification for 18 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects and provide updates, remote support and, where remote support fails, on-site support, free of charge.
P:6.2 Support severity levels: Severity 1 (the Software is unavailable at a site, or sensor data is not recorded) – response within 1 hour and a workaround within 8 hours; Severity 2 (a major function fails) – response within 2 hours; Severity 3 – response within one working day.
P:6.3 If the Vendor misses a response time, it shall pay the Buyer CNY 600 for each hour of delay, which the Buyer may deduct from any amount due.
P:6.4 After the Warranty Period the Buyer may order annual support at 11% of the licence fee (CNY 90,200 per year). This fee is fixed for the first three years after the Warranty Period. Annual support is ordered by a separate purchase order each year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all rights in the Software.
P:7.2 All rights in the Custom Deliverables pass to the Buyer upon payment. The Buyer may use, modify and license the Custom Deliverables freely. The Vendor shall deliver their source code and documentation at Final Acceptance.
H:Article 8 Data Protection and Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor may use Buyer Data only to perform this Agreement and shall not copy, retain or use it for any other purpose.
P:8.2 The Vendor shall access the Buyer's systems only remotely through the Buyer's VPN with multi-factor authentication, after approval for each session, and shall keep an access log. The Vendor shall not transfer Buyer Data out of the Buyer's environment and shall comply with the laws of the People's Republic of China on data security and personal information.
P:8.3 The Vendor shall notify the Buyer of any actual or suspected security incident affecting Buyer Data within 8 hours, cooperate in its investigation and bear the losses caused to the Buyer by a breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information of the other party obtained under this Agreement, including the Buyer's production data, breeding methods and prices and the Vendor's source code, and shall not disclose it to any third party without the other party's prior written consent.
P:9.2 This Article survives termination for three years.
H:Article 10 Delay Damages and Liability
P:10.1 If the Vendor fails to complete installation or submit the Software for acceptance testing on time for reasons attributable to it, it shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.
P:10.2 The Vendor's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to breaches of Articles 8 and 9, personal injury, fraud or wilful misconduct.
H:Article 11 Subcontracting and Assignment
P:11.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent and remains responsible for the work of any approved subcontractor.
P:11.2 Neither party may assign this Agreement without the other party's written consent.
H:Article 12 Termination
P:12.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 20 days after receiving notice, or if the delay damages under Article 10.1 reach their maximum.
P:12.2 On termination by the Buyer under Article 12.1, the Vendor shall refund the amounts paid for work not accepted.
H:Article 13 Force Majeure
P:13.1 Neither party is liable for delay caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided that it notifies the other party promptly and resumes performance as soon as possible.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of Kenya.
P:14.2 Any dispute arising out of this Agreement shall be finally resolved by arbitration under the rules of the Nairobi Centre for International Arbitration, seated in Nairobi, in the English language, before a sole arbitrator.
H:Article 15 General
P:15.1 This Agreement, with its Annex 1 (Functional Specification) and Annex 2 (Acceptance Test Plan), is the entire agreement between the parties on its subject. Amendments must be in writing and signed by both parties.
P:15.2 Notices shall be in writing and sent by courier or e-mail to the addresses on the signature page.
P:15.3 Each party shall comply with the anti-bribery and export-control laws that apply to it, and the Vendor confirms that the Software contains no component whose export to China is restricted.
P:15.4 The Vendor shall keep the Software compatible with the database and operating system versions listed in Annex 1 and with their security updates during the Warranty Period, and shall tell the Buyer in advance of any update that requires changes on the Buyer side.
P:15.5 This Agreement is signed in two originals in English, one for each party.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

E02 = """# Order Form and General Terms

**Highland Grower Cloud – Subscription Order No. HGC-OF-2025-0093**

## Part A – Order Form

### A1 Parties

Customer: Pu'er Yunwu Tea Industry Co., Ltd., registered in Pu'er, Yunnan Province, People's Republic of China ("Customer").

Provider: Highland Grower Cloud Ltd., a company registered in Kenya, with its office on Uganda Road, Eldoret, Kenya ("Provider").

### A2 Services

Provider will provide Customer with the Highland Grower Cloud platform, a software-as-a-service application for smallholder grower management, covering grower registration, farm plot mapping, leaf intake at collection centres, grading, grower payments, input credit and traceability reports, for 620 named users and up to 14,000 registered growers (the "Subscription Services").

Provider will also perform onboarding services: configuration for Customer's 38 collection centres, import of Customer's grower register and plot data, an interface to Customer's payment bank file format, and training of administrators and collection-centre clerks (the "Onboarding Services").

### A3 Subscription Term

The Subscription Term is 24 months, starting on the Go-Live Date, which is the date on which Customer accepts the Onboarding Services under Section 4 of Part B. The Subscription Term consists of two Subscription Years. This Order Form does not renew automatically; any further term requires a new order form signed by both parties.

### A4 Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee, Subscription Year 1 | 620 users, annual | 348,000 |
| Subscription fee, Subscription Year 2 | 620 users, annual | 348,000 |
| Onboarding Services | fixed, one-time | 54,000 |
| Total fees under this Order Form | | 750,000 |

Fees are inclusive of taxes. Additional users may be added at CNY 560 per user per Subscription Year, pro rata for a part year.

### A5 Invoicing and Payment

The Onboarding fee is invoiced after the Go-Live Date. The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year. Customer pays each invoice within 30 days of receipt by bank transfer in CNY.

### A6 Order of Precedence

This Order Form (Part A) and the General Terms (Part B) form the Agreement. If they conflict, Part A prevails.

## Part B – General Terms

### 1. Definitions

1.1 "Customer Data" means all data submitted to or generated in the Subscription Services by or for Customer, including grower identities, plot maps, intake weights, grades and payment records.

1.2 "Usage Data" means information on how the Subscription Services are used, such as log-ins, feature use, transaction volumes and performance metrics, including information derived from Customer Data.

1.3 "Customer Configurations" means the collection-centre set-up, grading rules, report templates and the bank interface built for Customer during the Onboarding Services.

### 2. Provision of the Services

2.1 Provider will make the Subscription Services available to Customer's users during the Subscription Term in accordance with this Agreement and the documentation.

2.2 The Subscription Services are hosted for Customer in a data centre located in mainland China operated by a hosting provider named in the documentation.

2.3 Provider will keep the platform compatible with the current versions of the main mobile browsers and with the Android handheld terminals used at Customer's collection centres, and will publish release notes in Chinese at least five days before each release.

2.4 Provider may update the Subscription Services from time to time, provided that updates do not materially reduce their functionality.

### 3. Service Levels

3.1 Provider will make the Subscription Services available at least 99.95% of each calendar month, excluding scheduled maintenance announced 72 hours in advance and performed between 22:00 and 06:00 China Standard Time.

3.2 Provider will respond to Priority 1 incidents (the Subscription Services are unavailable, or leaf intake or grower payments cannot be processed) within 1 hour, and to Priority 2 incidents within 8 hours, around the clock.

3.3 Provider will report its availability and response performance monthly. The service levels in this Section 3 are targets. Failure to meet them does not entitle Customer to any service credit, refund or reduction of fees, and Customer's remedies for such failure are limited to escalation to Provider's management.

### 4. Onboarding and Acceptance

4.1 Provider will complete the Onboarding Services within 60 days after signature of this Order Form.

4.2 Acceptance requires that: all 38 collection centres are configured and have processed live intake for five consecutive working days; the imported grower register reconciles with Customer's source file by number of growers and plots; a bank payment file generated by the platform is accepted by Customer's bank without error; and administrators and clerks have completed training.

4.3 Customer will confirm acceptance in writing within five working days after the criteria are met, or list the deficiencies, which Provider will correct before the test is repeated.

4.4 If the Go-Live Date has not occurred within 60 days after signature for reasons attributable to Provider, Provider will pay Customer CNY 600 for each day of delay.

### 5. Customer Data

5.1 As between the parties, Customer owns Customer Data.

5.2 Provider may collect and use Usage Data, and may use Customer Data in aggregated and anonymised form, to operate, improve and develop its products and services and to prepare industry benchmarks that it may share with other customers and partners, during and after the Subscription Term.

5.3 At the end of the Subscription Term Provider will make Customer Data available for export in CSV format for 30 days and will then delete it.

### 6. Data Security

6.1 Provider will maintain administrative, technical and physical safeguards for Customer Data, including encryption in transit and at rest, role-based access, multi-factor authentication for administrators, logging of administrative access and daily backups retained for 35 days.

6.2 Provider will comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China in processing personal information of growers.

6.3 Provider will notify Customer within 24 hours after becoming aware of a security breach affecting Customer Data, take steps to contain it, and be liable for Customer's losses resulting from a breach of this Section 6.

### 7. Confidentiality

7.1 Each party will protect the other party's Confidential Information with the same care it uses for its own, and at least reasonable care, and will not disclose it except to its employees and advisers who need to know it and are bound by similar obligations.

7.2 Confidential Information includes the terms of this Agreement, Customer's prices and grower lists, and Provider's product roadmaps.

### 8. Intellectual Property

8.1 Provider owns the Subscription Services and all related software.

8.2 Customer Configurations belong to Customer. Customer may use, copy and modify them and have third parties do so for Customer.

### 9. Subcontracting

Provider may not subcontract the Onboarding Services or any support services without Customer's prior written consent. The hosting provider named in the documentation at signature is approved.

### 10. Limitation of Liability

10.1 Neither party is liable for indirect or consequential loss, including loss of profit.

10.2 Provider's total liability arising out of or relating to this Agreement is limited to the fees paid by Customer under this Agreement in the six months preceding the event giving rise to the claim.

### 11. Term and Termination

11.1 Either party may terminate this Agreement by written notice if the other party materially breaches it and does not cure the breach within 30 days after written notice.

11.2 If Customer terminates under Section 11.1, Provider will refund the prepaid fees for the remainder of the Subscription Term.

### 12. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing.

### 13. Suspension

13.1 Provider may suspend access only if an invoice is more than 45 days overdue after a written reminder, or if suspension is needed to stop a security threat, and shall restore access promptly when the reason has ended.

### 14. Compliance

14.1 Each party shall comply with the anti-corruption, sanctions and export-control laws applicable to it.

14.2 Provider shall help Customer respond to requests from growers to access or correct their personal information within ten working days of Customer's request.

### 15. Support and Training

15.0 Provider will give Customer access to its online help centre and training videos in Chinese and English, run two refresher training sessions for collection-centre clerks in each Subscription Year before the main harvest seasons, and keep a named customer success manager for Customer who will hold a quarterly review of usage, open incidents and planned releases with Customer's project team.

### 16. General

16.1 Notices must be in writing and sent to the addresses in Part A.

16.2 Neither party may assign this Agreement without the other party's consent, except to a successor of its whole business.

16.3 This Agreement may be signed electronically and in counterparts.

Signed for Customer: ____________________  Signed for Provider: ____________________
"""

E03 = """T:Purchase Contract for Groundwater Level Sensors and Monitoring Software
P:Contract No. XJSY-PC-2025-077
P:Buyer: Xinjiang Tianshan Water Resources Engineering Co., Ltd., Urumqi, Xinjiang Uygur Autonomous Region, People's Republic of China (the "Buyer").
P:Supplier: Garissa Hydro Instruments Limited, Kismayu Road, Garissa, Kenya (the "Supplier").
P:This Contract is made on the Buyer's standard terms for equipment purchases. The Buyer is building a groundwater monitoring network for irrigation districts and has selected the Supplier's solar-powered level sensors and monitoring software after a competitive tender.
H:1. Definitions
P:1.1 "Goods" means the sensors, gateways, mounting kits and spare parts listed in clause 2.2.
P:1.2 "Software" means the Supplier's AquiferView monitoring software licensed under clause 7, including the server application, the web console and the mobile application.
P:1.3 "Final Acceptance" means the Buyer's written acceptance under clause 5.3.
P:1.4 "Buyer Data" means all measurement data, site data, user data and reports generated by the Goods or the Software in the Buyer's network.
H:2. Scope and Price
P:2.1 The Supplier shall supply the Goods and the Software, install and calibrate the sensors in 120 observation wells in the Buyer's irrigation districts, commission the gateways and the Software on the Buyer's servers, and train the Buyer's staff.
P:2.2 The Contract Price is CNY 1,326,000, inclusive of taxes, transport to site, insurance and all expenses, itemised as follows:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Solar-powered groundwater level sensor with data logger|120|6,200|744,000
TB:2|Cellular gateway with solar panel and battery|24|9,500|228,000
TB:3|AquiferView monitoring software, perpetual licence|1|186,000|186,000
TB:Goods and licence subtotal||||1,158,000
TB:4|Installation, wellhead fitting and calibration|1 lot|142,000|142,000
TB:5|Training of operators and administrators|1 lot|26,000|26,000
TB:Contract Price||||1,326,000
P:2.3 The Contract Price is fixed and is not subject to exchange-rate adjustment.
H:3. Payment
P:3.1 10% of the Contract Price (CNY 132,600) within 15 working days after signature, against the Supplier's invoice and an advance payment guarantee for the same amount issued by a bank acceptable to the Buyer.
P:3.2 55% of the Contract Price (CNY 729,300) within 15 working days after all Goods have been delivered and installed and the Software has been commissioned, as confirmed by an installation certificate. The installation certificate does not constitute acceptance.
P:3.3 35% of the Contract Price (CNY 464,100) within 15 working days after Final Acceptance.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver the Goods DAP the Buyer's warehouse in Urumqi within 70 days after signature and complete installation and commissioning within 130 days after signature.
P:4.2 The Supplier shall coordinate well access with the Buyer's district offices, follow the Buyer's site safety rules and restore each wellhead to its original condition.
P:4.3 The Buyer shall provide access roads to the wells, a secure storage area at each district office and the server environment described in the technical specification. The Supplier shall inspect the wells in the first month and report any well that is unsuitable for installation.
P:4.4 Each delivery shall be accompanied by a packing list, certificates of origin and conformity, and calibration certificates for each sensor.
H:5. Acceptance
P:5.1 After installation the Supplier shall run the network for a trial period of 45 consecutive days.
P:5.2 The acceptance criteria are: no sensor misses more than three scheduled reports during the trial period; measured water levels deviate by no more than 2 cm from manual dip readings at every well checked by the Buyer; alarms for threshold levels set by the Buyer reach the duty mobile phones within three minutes; the Software produces the daily, monthly and district reports listed in the technical specification; and no Severity 1 fault is open.
P:5.3 When all criteria are met the Buyer shall issue a Final Acceptance certificate within ten working days. Installation, commissioning, trial operation or payment does not constitute acceptance. If the criteria are not met, the Supplier shall remedy the defects at its cost and the trial period shall be repeated for the affected wells.
H:6. Warranty and Support
P:6.1 The Supplier warrants the Goods and the Software for 36 months from Final Acceptance. During the warranty the Supplier shall repair or replace defective Goods and correct Software defects free of charge, including freight and travel.
P:6.2 Fault handling during the warranty:
TB:Severity|Definition|Response|Restoration
TB:1|Software server down, or more than ten sensors not reporting|2 hours|24 hours
TB:2|Up to ten sensors or one gateway not reporting|8 hours|next field visit, within 10 days
TB:3|Minor defects and questions|2 working days|next software release
P:6.3 For each hour by which the Supplier exceeds a Severity 1 response or restoration time, the Supplier shall pay CNY 400, which the Buyer may deduct from any payment.
P:6.4 After the warranty the Supplier shall offer annual support, including software updates and a replacement sensor pool, at 7% of the Goods and licence subtotal (CNY 81,060 per year). This price is fixed for the two years following the warranty. Support is ordered by the Buyer each year and does not renew automatically.
H:7. Licence and Intellectual Property
P:7.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software for the Buyer's monitoring networks, without limit on the number of sensors or users.
P:7.2 Configurations, report templates, interface programs to the Buyer's irrigation dispatch system and related documentation prepared for the Buyer belong to the Buyer, which may use and modify them and have them modified by third parties.
H:8. Data Security
P:8.1 Buyer Data belongs to the Buyer. The Supplier may use Buyer Data only to perform this Contract.
P:8.2 The Software runs on the Buyer's servers in Xinjiang. The Supplier shall access them only through the Buyer's VPN with individual accounts, after the Buyer approves each session, and shall not copy Buyer Data outside the Buyer's network. Gateways shall transmit data encrypted.
P:8.3 The Supplier shall report any security incident affecting Buyer Data within 6 hours, take remedial measures and compensate the Buyer for losses caused by its breach of this clause.
H:9. Confidentiality
P:9.1 The Supplier shall keep confidential the locations and data of the Buyer's wells, the Buyer's network design and all other non-public information received under this Contract, and shall not disclose it to third parties without the Buyer's prior written consent. This obligation continues for three years after the end of the warranty.
H:10. Delay Damages and Liability
P:10.1 If the Supplier delays delivery or completion of installation, it shall pay liquidated damages of 0.1% of the Contract Price per day of delay, up to 10% of the Contract Price.
P:10.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, save for personal injury, fraud, wilful misconduct and breach of clauses 8 and 9, which are not limited.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the Contract without the Buyer's prior written consent. Local drilling contractors for wellhead fitting require the Buyer's approval in writing. The Supplier remains responsible for any subcontractor.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after notice, or if delay damages reach their maximum.
P:12.2 On such termination the Supplier shall refund payments received for Goods not accepted and take back such Goods at its own cost.
H:13. Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the people's court at the Buyer's domicile.
H:14. Force Majeure
P:14.1 Neither party is liable for delay caused by natural disasters, epidemics, war or acts of government beyond its control, provided it notifies the other party within five days with supporting evidence and takes reasonable steps to reduce the effect. The time for performance is extended by the period of the delay.
H:15. Inspection, Packing and Transport
P:15.0 The Supplier shall provide, before shipment, the test reports for each batch of sensors, including pressure calibration at three points of the measuring range and a temperature drift test, and shall keep these records for the life of the warranty so that the Buyer can trace every sensor to its calibration data.
P:15.1 The Buyer may witness factory tests of the first production batch of sensors. The Supplier shall give ten days' notice of the test date.
P:15.2 The Goods shall be packed for long-distance sea and road transport and for storage in an unheated warehouse. The Supplier bears the risk of loss until delivery to the Buyer's warehouse.
P:15.3 The Supplier shall handle export clearance in Kenya and import clearance in China and bear the related duties and charges, which are included in the Contract Price.
H:16. Miscellaneous
P:16.1 This Contract is made in English and Chinese; both versions are equally authentic.
P:16.2 Amendments must be in writing and signed by both parties.
P:16.3 Annexes: Technical Specification; Well List; Acceptance Test Procedure.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed IT Services Agreement

Agreement No. KMS-MSA-2025-031

This Managed IT Services Agreement (the "Agreement") is entered into by:

- **Customer:** Hunan Xiangjiang Road and Bridge Construction Group Co., Ltd., Changsha, Hunan Province, People's Republic of China ("Customer"); and
- **Provider:** Kilimanjaro Managed Services Limited, a company registered in Tanzania, Boma Road, Moshi, Tanzania ("Provider").

Customer carries out road and bridge projects in East Africa and runs site offices and a regional office there. Customer wishes to outsource the day-to-day operation of the IT environment of those offices to Provider.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the levels set out in Schedule 2.

1.3 "Transition" means the transfer of the IT environment from Customer's current arrangements to Provider, as described in Schedule 1, Part B.

1.4 "Service Commencement Date" means the date on which Customer accepts the Transition in writing under clause 4.

1.5 "Customer Data" means all data of Customer, its employees and its project partners processed by Provider in performing the Services.

## 2. Term

2.1 The initial term is 36 months from the Service Commencement Date.

2.2 At the end of the initial term this Agreement renews automatically for successive renewal terms of 24 months each unless either party gives notice of non-renewal at least 90 days before the end of the current term.

2.3 For each renewal term Provider may increase the Monthly Service Fee by giving Customer notice of the new fee at least 60 days before the renewal term starts. The new fee applies from the first day of the renewal term.

## 3. Charges and Payment

3.1 The charges are set out in Schedule 3. The Monthly Service Fee is CNY 46,500 and the one-time Transition fee is CNY 58,000. The total charges for the initial term are CNY 1,732,000.

3.2 The Transition fee is invoiced after the Service Commencement Date. The Monthly Service Fee is invoiced monthly in arrears.

3.3 Customer pays undisputed invoices within 30 days by bank transfer in CNY.

## 4. Transition and Acceptance

4.1 Provider shall complete the Transition within 50 days after signature.

4.2 The Transition is accepted when: all devices and users in Schedule 1 are enrolled in Provider's management tools; backup jobs for all servers have completed successfully for ten consecutive days and a test restore of each server has succeeded; the service desk has handled tickets for two weeks in shadow mode; and the runbooks and the configuration register have been delivered and approved by Customer's IT manager.

4.3 Customer shall confirm acceptance in writing within five working days after Provider demonstrates that the criteria are met, or state which criteria are not met.

## 5. Service Levels and Service Credits

5.1 Provider shall meet the Service Levels in Schedule 2.

5.2 If Provider misses a Service Level in a month, Provider shall credit the amounts stated in Schedule 2 against the next invoice. Service credits are Customer's price adjustment for reduced service and do not limit Customer's other rights.

## 6. Customer Data and Security

6.1 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the Services and shall not use it for any other purpose.

6.2 Provider shall apply the security measures in Schedule 1, Part C, including multi-factor authentication for all administrative access, encrypted backups, least-privilege accounts, logging of administrative actions and quarterly access reviews.

6.3 Provider shall notify Customer within 6 hours of any security incident affecting Customer Data, assist Customer's investigation and compensate Customer for losses caused by Provider's breach of this clause 6.

6.4 On expiry or termination Provider shall return all Customer Data and credentials and then securely delete its copies, and confirm this in writing.

## 7. Confidentiality

7.1 Each party shall keep confidential the other party's non-public information, including Customer's project documents, tender information and network details, and shall not disclose it without prior written consent, during the term and for three years after it ends.

## 8. Intellectual Property

8.1 Provider retains its tools, methods and know-how.

8.2 The runbooks, scripts, configuration register and documentation prepared for Customer belong to Customer, which may use, modify and have them used by any successor provider.

## 9. Personnel and Subcontracting

9.1 Provider shall assign a named service manager and keep a team qualified for the Services.

9.2 Provider shall not subcontract any part of the Services without Customer's prior written consent.

## 10. Liability

10.1 Provider's total liability under this Agreement is limited to 150% of the total charges for the initial term.

10.2 Neither party is liable for indirect loss, except for breach of clauses 6 and 7.

## 11. Termination

11.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and does not remedy it within 30 days after notice, or if Provider misses the same Service Level in three consecutive months.

11.2 On termination or expiry Provider shall provide exit assistance for up to 60 days at the rates in Schedule 3.

## 12. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai.

## 13. Insurance and Compliance

13.1 Provider shall maintain professional indemnity and public liability insurance with reputable insurers during the term and provide certificates on request.

13.2 Provider shall comply with the laws of each country in which it performs the Services, including labour, tax and data protection laws, and with Customer's site safety rules when visiting site offices.

13.3 Neither party shall offer or accept any bribe, kickback or improper benefit in connection with this Agreement.

## 14. Reporting and Governance

14.1 Provider shall deliver a monthly service report covering ticket volumes, Service Level performance, service credits, security events, patch compliance and open risks.

14.2 The parties shall hold a monthly service review and a quarterly management review, and shall keep minutes of agreed actions.

## 15. Customer Responsibilities

15.1 Customer shall give Provider remote and physical access to the offices and systems in Schedule 1, provide a local contact at each office, and inform Provider in advance of new sites, office moves and major changes to its project schedule.

15.2 Customer shall keep its software licences valid and shall approve or reject Provider's change requests within five working days.

15.3 If Customer fails to meet these responsibilities, Provider is relieved of the affected Service Levels to the extent the failure caused the miss, provided Provider informs Customer promptly.

## 16. General

16.1 This Agreement, with Schedules 1 to 3, is the entire agreement on its subject.

16.2 Amendments must be in writing and signed by both parties.

16.3 Neither party may assign this Agreement without the other party's written consent.

Signed for Customer: ____________________ Signed for Provider: ____________________

## Schedule 1 – Services

| Part | Service | Description |
|---|---|---|
| A | Service desk | Telephone, e-mail and chat support in English and Chinese for 140 users, 07:00 to 22:00 East Africa Time, seven days a week |
| A | Endpoint management | Patching, antivirus, device encryption and software deployment for 165 laptops and desktops |
| A | Server and backup management | Monitoring, patching and daily backups of 9 servers at the regional office and site offices |
| A | Network management | Monitoring and configuration of firewalls, switches and wireless access points at 6 offices, and coordination with local internet providers |
| A | On-site support | Visits to site offices for hardware faults, office moves and new site set-up |
| B | Transition | Discovery, tool deployment, knowledge transfer from the current provider, runbooks and configuration register |
| C | Security measures | Multi-factor authentication, encrypted backups, least-privilege accounts, administrative logging, quarterly access reviews |

## Schedule 2 – Service Levels and Credits

| Service Level | Target | Service credit if missed |
|---|---|---|
| Monitoring platform availability | 99.95% per month | 5% of the Monthly Service Fee |
| Priority 1 incident (site office or server down) response | 30 minutes | 5% of the Monthly Service Fee |
| Priority 1 incident resolution or workaround | 6 hours | 10% of the Monthly Service Fee |
| Priority 2 incident response | 2 hours | 3% of the Monthly Service Fee |

Service credits in a month are capped at 20% of that month's Monthly Service Fee.

## Schedule 3 – Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | one-time | 58,000 |
| Monthly Service Fee | per month, 36 months | 46,500 |
| Total charges, initial term | 36 × 46,500 + 58,000 | 1,732,000 |
| Exit assistance | per person-day | 2,400 |
"""

E05 = """DATA SUBSCRIPTION AGREEMENT

Agreement No. TMD-DS-2025-112

BETWEEN

(1) Tianjin Binhai Ocean Shipping Agency Co., Ltd., Tianjin, People's Republic of China ("Customer"); and

(2) Tanga Maritime Data Limited, a company registered in Tanzania, Independence Avenue, Tanga, Tanzania ("Provider").

BACKGROUND

Provider compiles vessel position, port call, berth occupancy and cargo schedule data for East African ports and makes it available through an application programming interface. Customer acts as shipping agent for vessels calling at those ports and wishes to receive the data in its agency and chartering systems.

1. DEFINITIONS

1.1 "API" means Provider's data delivery interface, including the production endpoint, the test endpoint and the documentation.

1.2 "Data" means the vessel, port call, berth and schedule data made available through the API.

1.3 "Customer Inputs" means the vessel lists, voyage numbers, queries, user accounts and other data that Customer submits to the API or to Provider.

1.4 "Custom Feeds" means the field mappings, filters and the export adapter to Customer's agency system developed by Provider for Customer.

1.5 "Subscription Year" means the period starting on the Start Date and ending on the day before its first anniversary, and the following period ending on the day before its second anniversary.

1.6 "Start Date" means the date on which Customer confirms the onboarding acceptance under clause 4.

2. SUBSCRIPTION

2.1 Provider grants Customer, for two Subscription Years from the Start Date, a non-exclusive, non-transferable right to access the API and to use the Data within Customer's business, including sharing extracts with its principals for specific voyages.

2.2 The subscription covers up to 2,000,000 API calls per Subscription Year and 45 named user accounts.

2.3 Customer shall not resell the Data as a data product.

3. FEES AND PAYMENT

3.1 The subscription fee is CNY 268,000 per Subscription Year, and CNY 536,000 for both Subscription Years.

3.2 The one-time onboarding fee for the Custom Feeds and set-up is CNY 24,000.

3.3 The total fees under this Agreement are CNY 560,000, inclusive of taxes. API calls above the annual allowance are charged at CNY 0.03 per call.

3.4 The onboarding fee is invoiced after the Start Date. The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year. Customer pays within 30 days of the invoice date.

4. ONBOARDING AND ACCEPTANCE

4.1 Provider shall make the test endpoint and the Custom Feeds available within 40 days after signature of this Agreement.

4.2 Onboarding is accepted when: the Custom Feeds deliver all fields in the agreed mapping for the ports listed in the Annex; data for a sample of 200 port calls chosen by Customer matches the port authorities' published records for arrival, berthing and departure times within the tolerance stated in the Annex; the export adapter has loaded data into Customer's agency system for ten consecutive working days without unresolved errors; and Provider has delivered the API documentation and credentials for the production endpoint.

4.3 Customer shall confirm acceptance in writing within five working days after the criteria are met, or identify the criteria not met.

4.4 If the production endpoint with the Custom Feeds is not made available and accepted within 60 days after signature for reasons attributable to Provider, Provider shall pay Customer delay damages of 0.1% of the total fees for each day of delay.

5. SERVICE

5.1 Provider will use commercially reasonable efforts to keep the API available and to update the Data promptly after it receives information from its sources.

5.2 Provider will handle support requests sent to its support mailbox during its business hours in Tanzania and will inform Customer of planned maintenance when practicable.

5.3 Provider does not guarantee that the Data is complete or free of errors, as it depends on third-party sources, but shall correct errors notified by Customer within a reasonable time.

6. CUSTOMER INPUTS AND DATA SECURITY

6.1 Customer Inputs belong to Customer. Provider shall use Customer Inputs only to provide the subscription to Customer and shall not use them for any other purpose, including compiling data products for others.

6.2 Provider shall protect Customer Inputs with encryption in transit and at rest, access restricted to named support staff, individual API keys that Customer can revoke, and logging of access to Customer accounts.

6.3 Provider shall notify Customer within 24 hours of any security breach affecting Customer Inputs or Customer's API keys, take measures to contain it, and be liable for Customer's losses caused by its breach of this clause 6.

6.4 At the end of the Agreement Provider shall delete Customer Inputs within 30 days and confirm the deletion in writing.

7. CONFIDENTIALITY

7.1 Each party shall keep confidential the other party's non-public information received under this Agreement, including Customer's vessel lists, voyage plans and principals and Provider's source methods and prices, and shall not disclose it without the other party's prior written consent.

7.2 This clause survives termination for three years.

8. INTELLECTUAL PROPERTY

8.1 Provider retains all rights in the API, the Data and its databases.

8.2 The Custom Feeds belong to Customer. Customer may use and modify them and have them operated or modified by a third party.

9. SUBCONTRACTORS AND DATA SOURCES

9.1 Provider may engage subcontractors, data partners and hosting providers of its choice to perform any part of this Agreement without Customer's consent. Provider remains responsible for their performance.

10. LIABILITY

10.1 Provider's total liability under this Agreement is limited to 150% of the total fees.

10.2 Neither party is liable for indirect or consequential losses, except for breach of clauses 6 and 7.

11. TERM AND TERMINATION

11.1 This Agreement ends at the end of the second Subscription Year. It does not renew automatically; any extension requires a written agreement signed by both parties.

11.2 Customer may terminate this Agreement by written notice if Provider commits a material breach and does not remedy it within 20 days after notice. Provider shall then refund the fees paid for the period after termination.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Tianjin Arbitration Commission for arbitration in Tianjin.

13. FORCE MAJEURE

13.1 Neither party is liable for a failure or delay caused by events beyond its reasonable control, including natural disasters, port closures, war, epidemics, outages of public telecommunications networks and acts of government, provided that the affected party notifies the other party promptly, describes the event and its expected duration, and uses reasonable efforts to resume performance.

13.2 If such an event prevents Provider from supplying the Data for more than 45 consecutive days, Customer may terminate this Agreement by written notice and Provider shall refund the fees paid for the remaining period.

14. COMPLIANCE

14.1 Each party shall comply with the anti-bribery, sanctions and export-control laws applicable to it. Neither party shall offer or give any payment or benefit to an employee of the other party to obtain or keep business under this Agreement.

14.2 Provider confirms that it has the right to distribute the Data to Customer under its agreements with port authorities, terminal operators and other sources, and shall inform Customer promptly if a source withdraws that right for a port listed in the Annex.

15. AUDIT AND REPORTING

15.1 Provider shall send Customer a quarterly report stating the number of API calls made by Customer, the ports and data fields covered, the sources added or withdrawn in the quarter and any security incidents.

15.2 Customer may, once per Subscription Year and on 20 days' notice, ask Provider to answer a written security questionnaire and to provide evidence of the measures in clause 6.2.

16. CUSTOMER RESPONSIBILITIES

16.1 Customer shall keep its API keys secure, limit access to its named users, and tell Provider without delay if it suspects that a key has been disclosed to an unauthorised person.

16.2 Customer shall use the Data in accordance with this Agreement and shall not remove the source attributions that Provider includes in the Data where the sources require them.

16.3 Customer shall give Provider the vessel lists, voyage references and test access to its agency system that Provider reasonably needs for the onboarding, and shall name a technical contact who can approve the field mapping.

17. ASSIGNMENT

Neither party may assign or transfer this Agreement without the other party's prior written consent, except that either party may assign it to an affiliate that takes over the relevant business, on written notice.

18. GENERAL

18.1 Notices shall be in writing and sent to the addresses above by courier or e-mail.

18.2 This Agreement, with its Annex (Ports, Fields and Tolerances), is the entire agreement between the parties on its subject and replaces any earlier proposals.

18.3 This Agreement may be amended only in writing signed by both parties.

SIGNED for Customer: ____________________

SIGNED for Provider: ____________________
"""

T = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
     "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
     "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
     "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
# key: (file, lang, category, source, terms in T order, sla_clause, ld_stated, capped, deemed, value, fee base)
C = {
 "h692z01": ("h692z01_bird_reserve_observation_platform.pdf", "zh", "software", Z01,
             [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9, False, True, False, "PRC", G],
             True, True, True, False, 1090000, 586000),
 "h692z02": ("h692z02_rope_mill_stranding_line_control_retrofit.docx", "zh", "hardware", Z02,
             [99.5, 1, True, "buyer", True, True, True, 0.1, None, 20, True, True, 24, 8, False, True, True, "PRC", G],
             True, True, True, False, 1430000, 1202000),
 "h692z03": ("h692z03_acupuncture_chain_booking_saas.txt", "zh", "cloud", Z03,
             [99.95, 8, True, "buyer", True, True, False, 0.1, None, None, True, None, None, None, True, True, False, "PRC", S],
             True, True, None, False, 726000, None),
 "h692z04": ("h692z04_aids_to_navigation_telemetry_om.txt", "zh", "services", Z04,
             [99.95, 0.5, True, "buyer", False, True, True, 0.1, None, None, True, None, None, None, False, False, False, "PRC", S],
             True, True, None, False, 524000, None),
 "h692z05": ("h692z05_coffee_roastery_batch_tracking_supplier_template.md", "zh", "software", Z05,
             [None, 2, True, "supplier", True, False, True, 0.02, 20, 50, False, False, 6, 28, False, True, None, None, G],
             True, True, True, True, 940000, 640000),
 "h692e01": ("h692e01_aquaculture_software_perpetual_licence_kisumu.pdf", "en", "software", E01,
             [None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 11, False, True, False, "Kenya", G],
             True, True, True, False, 1140000, 820000),
 "h692e02": ("h692e02_grower_management_saas_order_form_eldoret.md", "en", "cloud", E02,
             [99.95, 1, False, "buyer", True, False, True, 600 / 750000 * 100, 6 / 24 * 100, None, True, None, None, None,
              False, True, False, "PRC", S],
             True, True, None, False, 750000, None),
 "h692e03": ("h692e03_groundwater_sensors_monitoring_licence_garissa.docx", "en", "hardware", E03,
             [None, 2, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 7, False, True, False, "PRC", G],
             True, True, True, False, 1326000, 1158000),
 "h692e04": ("h692e04_managed_it_services_36_months_moshi.md", "en", "services", E04,
             [99.95, 0.5, True, "buyer", True, True, True, None, 150, None, True, None, None, None, True, True, False, "PRC", S],
             True, False, None, False, 1732000, None),
 "h692e05": ("h692e05_port_call_data_api_subscription_tanga.txt", "en", "cloud", E05,
             [None, None, False, "buyer", True, True, True, 0.1, 150, None, True, None, None, None, False, True, True, "PRC", S],
             False, True, None, False, 560000, None),
}
DESIGN = {
 "h692z01": [],
 "h692z02": ["CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"],
 "h692z03": ["CR-AUTO-RENEWAL", "CR-CONFIDENTIALITY", "CR-SLA-RESPONSE"],
 "h692z04": ["CR-DATA-SECURITY", "CR-TERMINATION"],
 "h692z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
             "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
 "h692e01": ["CR-GOVERNING-LAW"],
 "h692e02": ["CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP", "CR-SLA-NO-REMEDY"],
 "h692e03": [],
 "h692e04": ["CR-AUTO-RENEWAL", "CR-LD-MISSING"],
 "h692e05": ["CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-SUBCONTRACT"],
}
SEV = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
       "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
       "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high", "CR-LD-LOW": "medium",
       "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high", "CR-WARRANTY": "medium",
       "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium", "CR-TERMINATION": "medium",
       "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low", "CR-TCO-SERVICE-SHARE": "medium"}
# policy thresholds
AVAIL, P1H, LDLOW, CAP, PREPAY, WARR, PWF, TCOSH, HORIZON = 99.9, 4, 0.05, 100, 30, 12, 15, 40, 5


def tco_share(t, extra, base):
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not extra.get("post_warranty_fee_capped"):
        return None
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    fees = t["post_warranty_fee_pct"] / 100 * base * years
    return fees / (extra["contract_value"] + fees) * 100


def derive(t, extra, base):
    r = set()
    goods = t["contract_kind"] == G
    if not extra["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < AVAIL:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > P1H:
        r.add("CR-SLA-RESPONSE")
    if extra["sla_clause"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not extra["ld_stated"]:
        r.add("CR-LD-MISSING")
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < LDLOW:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < CAP:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > PREPAY:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < WARR):
        r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not extra.get("post_warranty_fee_capped")
                  or t["post_warranty_fee_pct"] > PWF):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):
        r.add("CR-GOVERNING-LAW")
    sh = tco_share(t, extra, base)
    if sh is not None and sh > TCOSH:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk(rules):
    sev = {SEV[x] for x in rules}
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


PATTERNS = [
    r"(?<![\d.])(?:30|40|15|100)(?:\.0+)?\s*(?:%|％|per\s*cent|percent)",
    r"百分之(?:三十|四十|十五|一百|百)(?![零一二三四五六七八九十点])",
    r"(?<![\d.])99\.90*(?!\d)",
    r"(?<![\d.])4(?:\.0+)?\s*-?\s*(?:hours?|hrs?|个?小时)",
    r"(?<![十\d])四个?小时", r"\bfour[\s-]*hours?\b",
    r"(?<![\d.])12\s*-?\s*(?:months?|个月)", r"十二个月", r"\btwelve[\s-]*(?:calendar\s*)?months?\b",
    r"(?<![第十])一年", r"\bone[\s-]*year\b", r"(?<![\d.])1\s*-?\s*year\b",
    r"(?<![\d.])0?\.050*\s*(?:%|％|per\s*cent|percent)", r"万分之五(?![十])",
    r"(?<![\d.])5\s*-?\s*years?\b", r"(?<![\d.])5\s*年", r"(?<![十第])五年", r"\bfive[\s-]*years?\b",
]
RX = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["30%", "40 %", "15 per cent", "100%", "百分之三十", "百分之百", "99.9%", "99.90", "4 hours", "4-hour", "四小时",
            "4小时", "12 months", "12-month", "十二个月", "twelve months", "0.05%", "万分之五", "5 years", "五年",
            "one year", "一年", "Five Years", "4个小时"]
MUST_MISS = ["130%", "24 hours", "二十四小时", "24小时", "99.95%", "0.5%", "112 months", "2025年", "万分之五十",
             "百分之三十五", "14 hours", "1.5%", "0.055%", "36 months", "每年", "二十四个月", "45%", "25.0", "第一年",
             "99.5%", "Subscription Year 1", "one working day", "315%"]


def readback(path):
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


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    for s in MUST_HIT:
        assert RX.search(s), s
    for s in MUST_MISS:
        assert not RX.search(s), s
    sources, targets = {}, {}
    for k, (name, lang, cat, src, *_rest) in C.items():
        if name.endswith((".docx", ".pdf")):
            sources[k], targets[k] = src, (name, name.rsplit(".", 1)[1])
        else:
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    write(sources, targets, OUT, wrap_words=True)
    allrules, counts = set(), {}
    for k, (name, lang, cat, src, terms, sla, lds, capped, deemed, value, base) in C.items():
        t = dict(zip(T, terms))
        extra = {"sla_clause": sla, "ld_stated": lds}
        if t["contract_kind"] == G:
            extra["post_warranty_fee_capped"] = capped
        else:
            assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None and capped is None
        extra["acceptance_deemed_on_delivery"] = deemed
        extra["contract_value"] = value
        # no label value on a threshold
        assert t["availability_pct"] != AVAIL and t["p1_response_hours"] != P1H
        assert t["ld_rate_per_day_pct"] != LDLOW and t["liability_cap_pct"] != CAP and t["prepayment_pct"] != PREPAY
        assert t["warranty_months"] != WARR and t["post_warranty_fee_pct"] != PWF
        sh = tco_share(t, extra, base)
        if sh is not None:
            assert abs(sh - TCOSH) > 2, (k, sh)
        rules = derive(t, extra, base)
        assert rules == sorted(DESIGN[k]), (k, rules, DESIGN[k])
        allrules |= set(rules)
        counts[k] = len(rules)
        label = {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": extra,
                 "expected_rules": rules}
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(label, indent=1, ensure_ascii=False),
                                                               encoding="utf-8")
        text = readback(OUT / name)
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (k, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (k, n)
        for form in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            m = RX.search(form)
            assert not m, (k, m.group(0), form[max(0, m.start() - 30):m.end() + 30])
        print("%s  %s  len=%d  tco=%s  rules=%s  risk=%s" % (k, name, n, None if sh is None else round(sh, 1),
                                                            ",".join(r[3:] for r in rules) or "-", risk(rules)))
    assert allrules == set(SEV), set(SEV) - allrules
    assert counts["h692e01"] == 1 and 8 <= counts["h692z05"] <= 10
    zero = [k for k, v in counts.items() if v == 0]
    assert sorted(zero) == ["h692e03", "h692z01"]
    mid = [k for k, v in counts.items() if 2 <= v <= 3]
    assert len(mid) == 6, mid
    print("all checks passed")


if __name__ == "__main__":
    main()
