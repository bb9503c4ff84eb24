"""holdout677: builds the ten blind held-out draft contracts and their .json labels, and checks them.

Run: /work/main/.venv/bin/python -B make_files.py  (in this folder). The .txt/.md files are written from the
sources below; the .docx/.pdf are built with ../word_pdf.py (PDF paragraphs pre-wrapped at word boundaries).
Checks (asserted): text lengths as read back, no threshold figure in any text (raw, whitespace-collapsed,
whitespace-free), no label value on a threshold, TCO shares away from the threshold, rules derived from the labels
equal the design list, all 20 CR rules covered, the mix of the brief.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
SRC = {}

SRC["z01"] = """T:地方志数字化平台采购合同
P:合同编号：QZSZ-ZC-2026-017
P:采购项目编号：QZCG2026-0452（公开招标）
P:甲方（采购人）：清州市史志办公室（清州市地方志编纂委员会办公室）
P:乙方（供应商）：杭州墨卷数字科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，甲乙双方就地方志数字化平台软件许可及定制开发事宜，经协商一致，订立本合同。招标文件、投标文件及中标通知书为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供“方志云”地方志数字化平台软件的永久使用许可（不限用户数），并完成旧志整理、年鉴编纂、方志知识库三个子系统的定制开发，以及部署实施和培训。
P:1.2 定制开发范围包括：旧志影像OCR识别与人工校对工作台、年鉴条目在线编纂与三审流程、人物与地名知识库及检索、与市档案馆数字档案系统和市政务数据共享平台的接口。详细功能以招标文件第五章技术需求为准。
P:1.3 项目实施地点为甲方指定的政务云环境。乙方不得在甲方环境以外部署任何生产数据。
P:1.4 乙方应组建不少于6人的项目团队，项目经理须具有信息系统项目管理师资格，并在项目期间常驻甲方现场，未经甲方书面同意不得更换。
H:第二条 合同价款
P:2.1 本合同总价为人民币1,346,000元（大写：壹佰叁拾肆万陆仟元整），含税，为固定总价。其中：平台软件许可费736,000元；定制开发费468,000元；部署实施费124,000元；培训费18,000元。
P:2.2 合同总价包含软件、开发、部署、调试、培训、文档、税费及质保期内的全部服务费用，甲方不再另行支付任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额发票后15个工作日内，甲方支付合同总价的20%作为预付款，即269,200元。
P:3.2 全部子系统部署完成、通过初步验收后15个工作日内，甲方支付合同总价的45%，即605,700元。
P:3.3 项目通过最终验收后15个工作日内，甲方支付合同总价的35%，即471,100元。
P:3.4 甲方按财政国库集中支付程序付款，因财政审批流程造成的合理延迟不视为甲方违约。
H:第四条 交付与进度
P:4.1 乙方应在合同签订后30日内完成平台部署，110日内完成全部定制开发并提交初步验收，初验后进入60日试运行。
P:4.2 乙方应提交需求规格说明书、设计文档、接口说明、源代码、部署手册、用户手册和运维手册，文档以中文书写。
P:4.3 乙方应每两周向甲方提交项目进度报告，说明已完成工作、存在问题和下一阶段计划，甲方有权组织进度检查并提出整改要求。
P:4.4 乙方应对甲方编纂人员和系统管理员分别组织不少于3期培训，每期不少于2天，并提供培训教材和操作视频。
H:第五条 验收
P:5.1 初步验收标准：功能逐项符合招标文件技术需求；OCR识别字符准确率抽检不低于97%；年鉴编纂流程在200个并发用户下页面响应时间不超过3秒；接口联调数据逐条核对一致；第三方安全测评无高危漏洞。
P:5.2 最终验收在试运行期满后进行，标准为：试运行期间无一级故障，二级故障均已在约定时限内处理；全部文档和源代码已交付；甲方用户培训考核合格。甲方组织专家出具书面验收报告。
P:5.3 系统上线、甲方使用或支付任何款项均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提交验收，费用由乙方承担。
H:第六条 质保与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、远程与现场技术支持。
P:6.2 质保期满后，甲方如需继续维护，年度维护费不超过平台软件许可费的9%，即每年不超过66,240元，该价格在质保期满后三年内保持不变，维护合同另行签订，不自动续期。
P:6.3 质保期内乙方每季度对平台进行一次巡检，提交巡检报告，对发现的问题及时修复；甲方新增国产操作系统或数据库适配需求的，乙方应免费完成兼容性调整。
H:第七条 服务水平
P:7.1 质保期内平台月可用率不低于99.95%，计划内维护须提前3个工作日通知甲方且安排在非工作时间。
P:7.2 一级故障（平台无法访问或数据错误）乙方应在30分钟内响应，2小时内到达现场或远程接入处理，8小时内恢复；二级故障2小时内响应，24小时内解决。
P:7.3 响应或恢复超时的，每超时1小时扣减履约保证金800元；月可用率每低于约定值0.01个百分点，扣减1,500元。
H:第八条 知识产权
P:8.1 平台软件的著作权仍归乙方所有，甲方享有永久、不可撤销的使用许可。
P:8.2 本项目定制开发的全部成果，包括源代码、接口程序、数据库设计及文档，知识产权归甲方所有，甲方可自行或委托第三方修改、使用和再开发。
P:8.3 乙方保证所交付软件不侵犯第三方权利，因侵权引起的索赔由乙方负责并承担全部损失。
P:8.4 乙方在本项目中使用开源组件的，应在交付文档中列明组件名称、版本和许可证类型，并保证其使用方式符合相应许可证要求。
H:第九条 数据安全
P:9.1 旧志影像、年鉴稿件、人物资料等全部数据属于甲方所有，乙方仅可为履行本合同使用，不得用于其他任何目的。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》，落实访问控制、操作审计和加密传输措施，乙方人员经甲方堡垒机访问系统，不得将数据复制到甲方环境以外。
P:9.3 发生数据泄露或安全事件的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的损失由乙方全额赔偿。
P:9.4 合同终止或质保期满后，乙方应删除其持有的甲方数据副本，并向甲方出具书面确认。
H:第十条 保密
P:10.1 乙方对履约中知悉的甲方未公开信息和工作秘密负有保密义务，未经甲方书面同意不得向第三方披露，保密义务在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 逾期超过45日或验收两次不合格的，甲方有权解除合同，乙方应退还已付款项并赔偿损失。
P:11.3 甲方无正当理由逾期付款的，按逾期金额每日万分之三向乙方支付违约金。
P:11.4 乙方交付的软件存在质量问题导致甲方数据丢失或损坏的，乙方应负责恢复，并赔偿甲方因此发生的合理费用。
P:11.5 乙方应在合同签订后7日内提交合同总价5%的履约保证金，质保期满且无扣款事项后无息退还。
H:第十二条 分包与转让
P:12.1 本项目不允许分包。乙方不得将合同权利义务转让给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后10日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方承担违约责任。
P:13.2 因不可抗力致使合同目的不能实现的，任何一方可以解除合同，已完成部分按实结算。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同一式六份，甲方四份、乙方两份，经双方签字盖章后生效。
P:15.2 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:甲方（盖章）：清州市史志办公室　　乙方（盖章）：杭州墨卷数字科技有限公司
"""

SRC["z02"] = """T:织造裁剪生产线控制系统改造及维保合同
P:合同编号：JL-SB-2026-0309
P:甲方（买方）：海宁锦帘纺织有限公司
P:乙方（卖方）：常州织控自动化技术有限公司
P:甲方为提升窗帘布织造与定制裁剪产线的自动化水平，委托乙方对两条织造线和一条裁剪线的控制系统实施改造，并提供质保期满后的维保服务。双方经平等协商，订立本合同。
H:第一条 合同标的
P:1.1 乙方负责织机电控柜、伺服驱动、布面视觉检测与纠偏、自动裁剪控制单元及数据采集网关的供货、安装、调试，提供生产执行（排产与工单）软件许可，并完成与甲方现有ERP系统的订单和库存接口开发。
P:1.2 改造须在甲方不停产的前提下分批实施，每批停线时间不超过72小时，具体安排由双方书面确认。
P:1.3 改造后的系统应满足：织机车速较改造前提升不低于8%；裁剪线支持按订单尺寸自动排版，布料利用率提升不低于3个百分点；全部设备运行状态可在中控室集中监视。
P:1.4 乙方应指定一名具有五年以上纺织机械电气改造经验的项目经理负责现场实施，每周向甲方生产部提交施工进度和停线计划执行情况。
H:第二条 合同价格
P:2.1 合同总价为人民币1,440,000元（含13%增值税），明细如下表：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|织机电控柜改造（PLC及触摸屏）|8套|46,500|372,000
TB:2|伺服驱动器及电机|24套|9,800|235,200
TB:3|布面视觉检测与纠偏单元|4套|58,000|232,000
TB:4|自动裁剪机控制单元|3套|61,600|184,800
TB:5|产线数据采集网关|16台|3,500|56,000
TB:6|生产执行软件许可（永久）|1套|196,000|196,000
TB:|软硬件小计|||1,276,000
TB:7|安装调试及ERP接口开发|1项|142,000|142,000
TB:8|操作及维护培训|1项|22,000|22,000
TB:|合同总价|||1,440,000
P:2.2 上述价格包含设备、软件、运输、保险、安装、调试、接口开发、培训及质保期内的服务费用。
P:2.3 合同履行期间，除甲方书面提出的变更外，合同价格不作调整；变更产生的费用由双方另行书面确认。
H:第三条 付款方式
P:3.1 合同生效后10个工作日内，甲方支付合同总价的25%，即360,000元。
P:3.2 全部设备到货并安装完毕、经甲方签收后，甲方支付合同总价的50%，即720,000元。到货签收仅确认数量和外观，不视为验收。
P:3.3 项目终验合格后15个工作日内，甲方支付合同总价的25%，即360,000元。
P:3.4 乙方每次收款前应开具等额增值税专用发票。
H:第四条 交货与安装
P:4.1 乙方应在合同生效后45日内将全部设备运至甲方厂区，75日内完成三条产线的安装和单机调试。
P:4.2 乙方施工人员应遵守甲方厂区安全生产和防火规定，因乙方施工造成的设备损坏或人身伤害由乙方负责。
P:4.4 乙方应随货提交设备清单、合格证、电气原理图、PLC程序备份、软件安装介质和操作维护手册，资料不全的视为未完成交货。
P:4.5 乙方应对甲方操作工和设备维修人员分别组织培训，培训结束后进行实操考核，确保甲方人员能够独立完成日常操作和一般故障处理。
P:4.3 第一条第1.1款所述电气布线及桥架安装，乙方可以委托具备相应资质的施工单位完成，但应提前5个工作日书面通知甲方，并对施工单位的工作质量和安全承担责任。
H:第五条 验收
P:5.1 终验在三条产线连续试生产20个工作日后进行，标准为：织机断纬、断经停车信号识别准确；布面纠偏后幅宽偏差不超过正负2毫米；裁剪尺寸误差不超过正负1.5毫米；排产软件工单下发与ERP订单数据逐单一致；试生产期间无一级故障。
P:5.2 甲方按上述标准逐项测试并出具书面终验报告。任何一项不合格的，乙方应在10日内整改后重新验收。设备投入生产使用或甲方支付款项不视为终验合格。
H:第六条 质保与维保
P:6.1 质保期为十八个月，自终验合格之日起计算。质保期内乙方免费更换损坏的部件并提供软件缺陷修复和升级。
P:6.2 质保期满后，乙方继续提供维保服务，年度维保费按软硬件小计的26%计取，即每年331,760元，质保期满后三年内不作调整。维保内容包括备件更换、季度巡检、软件升级和故障处理。
P:6.4 维保期间乙方每年向甲方提交一次设备运行评估报告，提出易损件更换和系统优化建议。
P:6.3 乙方应在甲方所在地储备常用备件，保证备件供应期不少于设备停产后八年。
H:第七条 服务水平
P:7.1 乙方提供7×24小时服务热线。一级故障（整条产线停机）乙方应在1小时内响应，3小时内到达现场，6小时内恢复生产；二级故障（单台设备停机）2小时内响应，24小时内修复。
P:7.2 乙方超过上述时限的，每超时1小时向甲方支付500元，从应付款或维保费中扣除。
P:7.3 乙方每季度向甲方提交故障处理统计，包括故障次数、响应与修复时间和原因分析。
H:第八条 知识产权
P:8.1 生产执行软件的著作权归乙方，甲方获得永久使用许可。
P:8.2 为甲方开发的ERP接口程序、报表及PLC控制程序的源代码和文档归甲方所有，甲方可以自行修改或委托他人维护。
P:8.3 乙方保证所提供的设备和软件不侵犯任何第三方的知识产权，如发生侵权纠纷，由乙方负责处理并承担全部责任。
H:第九条 数据安全与保密
P:9.1 产线运行数据、订单数据和工艺参数属于甲方，乙方仅为履行本合同处理，不得用于其他目的或向第三方提供。
P:9.2 乙方远程维护须经甲方审批，通过甲方提供的安全通道接入并全程留存日志；发生数据泄露或网络安全事件的，乙方应在2小时内通知甲方，并赔偿由此造成的损失。
P:9.3 双方对在合作中知悉的对方商业秘密、工艺技术和客户信息负有保密义务，期限至合同终止后五年。
P:9.4 合同终止时，乙方应删除其因远程维护保存的甲方数据，并书面确认。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之六支付违约金，累计不超过合同总价的10%。
P:10.2 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:10.3 因乙方设备质量问题造成甲方原材料报废的，乙方按实际损失赔偿。
P:10.4 乙方违约金的支付不免除其继续履行合同和修复缺陷的义务。
H:第十一条 合同解除
P:11.1 乙方逾期超过30日或终验两次不合格的，甲方有权书面通知解除合同，乙方退还已收款项并承担违约责任。
P:11.2 一方严重违约且经书面催告后15日内未纠正的，守约方有权解除合同。
P:11.3 合同解除后，乙方应配合甲方恢复产线原有控制方式，或完成已安装部分的调试交接，保证甲方生产不受影响。
H:第十二条 争议解决
P:12.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商不成的，提交嘉兴仲裁委员会仲裁。
H:第十三条 其他
P:13.1 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:13.2 本合同附件包括技术规格书、设备清单和实施计划，附件与正文具有同等效力；附件与正文不一致的，以正文为准。
P:13.3 本合同未尽事宜，双方协商后签订书面补充协议。
P:甲方（盖章）：海宁锦帘纺织有限公司　　乙方（盖章）：常州织控自动化技术有限公司
"""

SRC["z03"] = """民宿连锁预订与会员管理云服务合同

合同编号：YQSJ-IT-2026-006
甲方（客户）：云栖山居酒店管理有限公司
乙方（服务商）：成都栈客云科技有限公司

甲方经营直营及加盟民宿门店共50家，拟采用乙方“栈客云”预订与会员管理SaaS服务，统一门店房态、渠道预订、会员积分和储值业务。双方经友好协商，就云服务订阅及实施事宜订立本合同。

一、服务内容
（一）订阅服务
1. 乙方向甲方50家门店开通“栈客云”标准版订阅服务，包括房态与订单管理、前台收银、渠道直连、会员与积分、储值卡、营销券和经营报表模块，账号数量不限。
2. 服务期为两个服务年度，第一个服务年度自上线验收合格之日起算，第二个服务年度紧随其后。
3. 服务期内新增门店的，按每店每服务年度7,800元的单价另行签订补充协议，不足一个服务年度的按月折算。
（二）实施服务
1. 乙方负责完成50家门店的系统配置、历史订单和会员数据迁移、与携程、美团、飞猪三家渠道的直连对接，以及与甲方财务系统的凭证接口开发。
2. 乙方应为甲方配置会员等级、积分规则和储值规则，并按甲方品牌规范定制小程序预订页面。
3. 乙方应对甲方总部运营人员和各门店店长、前台人员开展线上及现场培训，提供操作手册和视频教程。
（三）支持服务
1. 乙方提供7×24小时在线客服和电话支持，并为甲方指定专属客户成功经理，负责需求对接、问题跟踪和季度业务回顾。
2. 乙方对平台的功能升级和安全补丁不另行收费，重大版本升级应提前15日通知甲方并提供升级说明。

二、服务费用
（一）合同总价为人民币950,000元，含6%增值税，构成如下：
1. 订阅费：每店每服务年度7,800元，50家门店每服务年度390,000元，两个服务年度合计780,000元；
2. 实施费：146,000元（含数据迁移、渠道直连、财务接口及小程序定制）；
3. 培训费：24,000元。
（二）渠道直连产生的第三方渠道佣金由甲方直接与渠道结算，不包含在本合同价款内。
（三）服务期内订阅费单价固定，乙方不得以任何理由上调。短信、电子发票等按量计费的增值服务，由甲方按需另行采购。

三、付款方式
（一）实施费和培训费合计170,000元，在上线验收合格后15个工作日内一次性支付。
（二）每个服务年度的订阅费390,000元，在该服务年度开始后15个工作日内支付。
（三）乙方应在收款前开具增值税专用发票。

四、实施进度与上线验收
（一）乙方应在合同签订后60日内完成全部门店上线。
（二）上线验收标准：
1. 历史订单和会员数据迁移完整，抽样核对差错率为零；
2. 三家渠道房态、房价同步延迟不超过1分钟，连续7日无超售；
3. 会员积分、储值余额与原系统逐户核对一致；
4. 财务凭证接口按日生成凭证，与订单流水核对一致；
5. 小程序预订、支付、退款流程测试全部通过。
（三）甲方在收到验收申请后10个工作日内组织验收并出具书面意见。系统上线试用不视为验收合格。验收不合格的，乙方应在7日内整改。
（四）门店切换应分三批进行，每批切换前乙方应完成数据核对并制定回退方案，切换期间派员驻店支持，保证门店正常接待住客。

五、服务水平
（一）乙方保证系统月可用率不低于99.5%，计划内维护应安排在凌晨1时至5时之间并提前48小时通知甲方。
（二）故障分级与响应：
1. 一级故障（全部门店无法登录、无法下单或渠道同步中断）：30分钟内响应，2小时内恢复；
2. 二级故障（部分门店或部分功能不可用）：1小时内响应，8小时内恢复；
3. 三级故障（一般问题及咨询）：当日内答复。
（三）月可用率低于约定值的，每低于0.1个百分点，按当月订阅费的3%抵扣下期服务费；一级故障恢复超时的，每超时1小时按当月订阅费的1%抵扣。
（四）乙方每月向甲方提交服务报告，列明可用率、故障及处理情况。
（五）乙方对故障原因负有分析义务，一级故障处理完毕后3个工作日内应提交书面故障报告和整改措施。

六、数据权属与数据安全
（一）甲方及门店的订单数据、住客个人信息、会员信息和经营数据均属于甲方所有。乙方仅可为提供本合同服务处理上述数据，不得用于其他任何目的，不得向第三方提供。
（二）乙方应将甲方数据存储于中国境内的数据中心，采取加密存储、访问控制、操作日志和定期备份措施，备份数据至少保留30日，并遵守《个人信息保护法》的要求。
（三）发生数据泄露、篡改或丢失的，乙方应在2小时内通知甲方，配合甲方履行告知和报告义务，并承担由此给甲方造成的全部损失。
（四）服务终止后30日内，乙方应按甲方要求以通用格式导出全部数据交付甲方，随后删除其保存的甲方数据并书面确认。
（五）乙方承载本服务的系统应通过网络安全等级保护第三级测评，并每年进行一次渗透测试，测试结果应向甲方通报。

七、知识产权
（一）“栈客云”平台的知识产权归乙方所有。
（二）为甲方定制的小程序页面、财务凭证接口程序及相关文档归甲方所有，乙方应交付源代码，甲方可自行修改和使用。

八、保密
双方对因履行本合同获知的对方商业秘密负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内持续有效。乙方应要求其接触甲方信息的员工签署保密承诺，员工违反保密义务的，视为乙方违约。

九、续期
本合同服务期届满前30日内任何一方未书面提出终止的，本合同自动续期一个服务年度，续期次数不限。续期时乙方有权根据其届时公布的标准价格调整订阅费单价，并以书面通知甲方为准。

十、违约责任
（一）乙方未按期完成上线的，每逾期一日，按合同总价的万分之七向甲方支付违约金。
（二）甲方逾期支付订阅费的，每逾期一日按逾期金额的万分之三支付违约金；逾期超过30日的，乙方可暂停服务，但应提前5个工作日书面通知甲方，并不得删除甲方数据。
（三）乙方违约金的支付，不影响甲方要求乙方继续履行合同和赔偿损失的权利。

十一、分包
乙方不得将本合同项下的实施工作分包给第三方，确需分包的，应事先取得甲方书面同意，并对分包方的工作承担全部责任。

十二、合同解除
（一）乙方严重违约，经甲方书面通知后15日内仍未纠正的，甲方有权解除本合同，乙方应退还已收取但未提供服务期间的订阅费。
（二）连续两个月月可用率低于约定值的，甲方有权解除本合同。
（三）合同解除或终止的，乙方应在数据导出和迁移方面给予甲方合理协助，协助期间不少于30日，服务费按实际使用天数结算。

十三、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交昆明仲裁委员会仲裁。

十四、其他
双方指定的联系人和电子邮箱为本合同通知的送达地址，一方变更联系方式的，应提前3个工作日书面通知对方。本合同一式两份，双方各执一份，自双方盖章之日起生效。本合同附件《门店清单》《功能清单》《实施计划》与本合同具有同等效力。

甲方（盖章）：云栖山居酒店管理有限公司
乙方（盖章）：成都栈客云科技有限公司
"""

SRC["z04"] = """水族馆生命支持系统年度运维服务合同

项目名称：生命支持系统运维服务采购（竞争性磋商）
采购编号：HYG-CS-2026-011
甲方：烟霞湾水族馆运营管理有限公司
乙方：青岛蓝脉水处理工程有限公司

根据本项目竞争性磋商文件、乙方的响应文件和最后报价，甲乙双方就甲方水族馆生命支持系统的运行维护服务达成一致，订立本合同。

第一条 服务范围
（一）运维对象为甲方场馆内全部生命支持系统，包括：主展缸、鲨鱼缸、水母展区、极地展区和检疫区共38个养殖水体的循环过滤系统、蛋白分离器、臭氧及紫外消毒设备、温控机组、人工海水配制系统、增氧系统，以及水质在线监测和集中控制系统。
（二）服务内容包括日常巡检与运行操作、水质检测与调控、设备保养和维修、滤材及耗材更换、应急处置和运行记录管理。
（三）乙方应派驻不少于9名运维人员，实行四班三运转，保证全天24小时有人值守；其中持有水处理或电工相关资格证书的人员不少于5名。
（四）服务开始前，乙方应与甲方及原运维单位共同完成设备清点、运行参数和备件库存的交接，形成书面交接清单。

第二条 服务期限
服务期自2026年4月1日起至2027年3月31日止。期满后甲方将按政府采购相关规定重新组织采购，本合同不自动续期。

第三条 合同价款
（一）合同总价为人民币780,000元，其中运维服务费686,000元，备品备件及耗材包干费94,000元。
（二）合同总价包含人员工资、社会保险、工具仪器、检测试剂、备品备件、耗材、交通及税费等全部费用。单件价值超过5,000元的主要设备大修或更换，由双方另行书面确认。
（四）包干范围内的备品备件由乙方采购，规格不得低于原设备要求；乙方应在馆内保持常用备件库存，并每月向甲方报送备件消耗台账。
（三）合同履行期间价格固定，不因人工或材料价格变动调整。

第四条 付款方式
（一）服务费按季度支付，每季度195,000元。
（二）每季度末，甲方依照本合同第六条对乙方进行季度考核，考核合格后15个工作日内支付当季服务费；考核扣款从当季服务费中扣除。
（三）本合同不设预付款。

第五条 服务标准
（一）水质指标：各养殖水体的氨氮、亚硝酸盐、pH值、盐度、溶解氧、水温和浊度应保持在甲方《水质管理标准》规定的范围内，乙方每日两次人工检测并记录，在线监测数据实时上传甲方中控平台。
（二）设备状态：主循环泵、过滤器、温控机组等关键设备应保持完好，备用设备每周试运行一次，确保随时可以切换。
（三）故障响应：
1. 一级故障（主循环泵或增氧系统停机、水质指标严重超限、臭氧泄漏等危及动物安全的情形）：值班人员应在15分钟内响应并采取应急措施，2小时内排除故障或启用备用设备；
2. 二级故障（单台非关键设备故障、水质指标轻度偏离）：30分钟内响应，8小时内处理完毕；
3. 三级故障（一般缺陷）：当班登记，48小时内处理。
（四）乙方应制定停电、停水、设备故障和动物疾病暴发的应急预案，每季度组织一次联合演练。
（五）定期保养：砂滤罐每周反冲洗，蛋白分离器每日清洁，臭氧发生器和紫外灯管按厂家要求检查更换，温控机组每季度清洗换热器，全部保养须有记录和照片。
（六）运行记录应真实、完整，按日归档，甲方可随时查阅；乙方不得事后补记或修改记录。
（七）乙方应每月向甲方提交运行月报，内容包括水质趋势、设备状态、故障处理情况和下月保养计划。

第六条 考核与验收
（一）甲方按月对乙方的水质达标率、设备完好率、故障响应及时率、运行记录完整性进行考核，季度汇总评分。
（二）季度评分达到85分为合格。评分低于85分的，每低1分扣减当季服务费2,000元；一级故障响应超时的，每次扣减5,000元；因乙方原因造成展示动物死亡的，除按实赔偿外，每次另扣减10,000元。
（三）服务期满前30日内，甲方依照本合同第五条的服务标准和四个季度的考核结果进行年度验收，出具书面验收意见。年度验收合格后双方办理交接。
（四）甲方可委托第三方检测机构对水质进行抽检，抽检结果与乙方记录不一致的，以第三方检测结果为准。考核结果将作为甲方今后采购评审的参考。

第七条 人员管理
（一）乙方驻场人员名单应报甲方备案，项目负责人和班组长未经甲方同意不得更换。
（二）乙方人员应遵守甲方场馆管理、动物福利和安全生产制度。甲方认为乙方人员不称职的，乙方应在5日内更换。
（三）乙方应为驻场人员购买工伤保险和意外伤害保险，乙方人员在服务中发生的伤亡由乙方负责。
（四）甲方每半年对乙方驻场人员进行一次动物福利和应急处置培训，乙方应保证人员按时参加。

第八条 数据与网络安全
（一）水质监测数据、设备运行记录和控制系统参数属于甲方所有，乙方仅可为履行本合同使用，不得向第三方提供或用于其他目的。
（二）乙方人员应使用甲方分配的账号登录中控平台，不得修改系统安全设置，不得私自接入外部网络或移动存储设备，操作日志由甲方留存。
（三）因乙方原因导致控制系统遭受网络攻击、数据被篡改或丢失的，乙方应立即报告甲方并配合处置，承担由此造成的全部损失。
（四）乙方需远程查看运行数据的，应经甲方书面批准，使用甲方指定的访问方式，并在服务结束时注销全部账号。

第九条 知识产权
乙方在服务中编制的运行规程、应急预案、检测记录和运行分析报告归甲方所有，甲方可自由使用和修改。乙方自带的检测方法和工具软件的权利仍归乙方。

第十条 分包
乙方不得将本合同项下的服务转包或分包给任何第三方。

第十一条 违约责任
（一）乙方未能在服务期开始之日进场并完成交接的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方违反水质或设备维护要求造成甲方展示动物死亡、设备损坏的，按实际损失赔偿。
（三）乙方未按约定配备驻场人员的，每缺一人每日扣减服务费800元。
（四）甲方无正当理由逾期支付服务费的，每逾期一日按逾期金额的万分之二支付违约金。

第十二条 合同的变更和终止
（一）合同履行期间，甲方因展区调整增加或减少运维对象的，服务费按磋商报价单价相应调整，由双方签订补充协议。
（二）本合同在服务期满时终止。除不可抗力致使合同目的无法实现或双方协商一致外，任何一方均不得单方解除本合同。
（三）合同终止时，乙方应将全部运行记录、备件台账、设备钥匙和系统账号移交甲方，并配合新的运维单位完成不少于7日的交接。

第十三条 不可抗力
因台风、地震等不可抗力导致不能履行合同的，受影响一方应及时通知对方，并在10日内提供证明，双方根据影响程度协商处理。不可抗力期间生命支持系统的应急维持仍由乙方负责，所发生的合理费用由双方协商分担；不可抗力事件消除后，乙方应立即恢复正常服务。

第十四条 争议解决
因本合同发生的争议，双方协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。

第十五条 其他
本合同自双方签字盖章之日起生效，一式四份，甲方三份，乙方一份。磋商文件、响应文件和成交通知书为本合同的组成部分。本合同未尽事宜，双方协商签订补充协议，补充协议与本合同具有同等效力。

甲方（盖章）：烟霞湾水族馆运营管理有限公司
乙方（盖章）：青岛蓝脉水处理工程有限公司
"""

SRC["z05"] = """# 琢光工序追溯系统软件许可及定制开发合同

（琢光软件标准合同文本 V4.0）

合同编号：ZG-HT-2026-0128

甲方：抚顺琥韵工艺品厂

乙方：沈阳琢光软件有限公司

甲方因琥珀原料管理、抛光与镶嵌工序追溯的需要，向乙方采购“琢光工序追溯系统”软件许可及定制开发服务。双方根据《中华人民共和国民法典》，经协商一致，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供琢光工序追溯系统标准版软件许可一套，许可甲方在其位于抚顺的两个生产车间内使用。

1.2 乙方根据甲方需求进行定制开发，内容包括：琥珀原石入库称重与编码、切割抛光工序扫码报工、镶嵌配料与贵金属领用核算、成品质检拍照与证书打印、一物一码追溯查询小程序。

1.3 乙方负责软件安装部署、基础数据初始化和操作培训。培训为一次性集中培训，共2天，参加人数不超过20人，额外培训另行收费。

1.4 软件许可的并发用户数为60个，甲方增加用户或增加使用车间的，应另行向乙方购买许可。

1.5 乙方可根据产品规划对标准版软件进行调整和升级，升级后的版本与定制模块不兼容的，适配工作另行收费。

## 第二条 合同价格

2.1 本合同总价为人民币848,000元，含税。明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 工序追溯系统标准版软件许可 | 420,000 |
| 2 | 定制开发（五个功能模块） | 360,000 |
| 3 | 安装部署、数据初始化及培训 | 68,000 |
| | 合计 | 848,000 |

2.2 甲方需自行准备服务器、扫码枪、标签打印机、网络等运行环境，相关费用不在本合同价格内。

2.3 因甲方原因需要乙方人员额外到现场的，交通、住宿费用由甲方承担。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的65%，即551,200元。乙方收到该笔款项后开始需求调研和开发工作。

3.2 系统上线运行后5个工作日内，甲方支付合同总价的35%，即296,800元。

3.3 甲方逾期付款的，乙方有权暂停开发、实施和技术支持，工期相应顺延，并按每日千分之一向甲方收取逾期付款违约金。

3.4 乙方收到款项后10个工作日内向甲方开具增值税普通发票。

## 第四条 实施周期

4.1 乙方在收到首付款后90个工作日内完成开发和部署。因甲方需求变更、资料提供不及时或环境不具备造成的延误，工期相应顺延。

4.2 需求调研完成后，甲方应在5个工作日内确认需求说明书。需求确认后提出的变更视为新增需求，费用另计。

4.3 甲方应指定项目负责人，及时提供生产工艺流程、产品编码规则、历史数据和测试场地，并组织车间人员参加培训和试用。因甲方配合不到位造成的延误和损失，由甲方自行承担。

## 第五条 上线与验收

5.1 乙方完成部署后通知甲方上线。系统上线运行即视为甲方验收合格。

5.2 甲方应在上线后积极使用系统，如对功能有意见，应在上线后5个工作日内书面提出，逾期未提出的视为甲方对系统无异议。

5.3 上线后发现的软件问题，乙方在免费维护期内予以修复，修复期间不影响付款。

## 第六条 免费维护与后续服务

6.1 系统免费维护期为六个月，自系统上线之日起计算。免费维护期内乙方提供远程技术支持和软件缺陷修复。免费维护不包括新增功能、因甲方操作不当或运行环境变化引起的问题。

6.2 免费维护期满后，甲方如需乙方继续提供维护服务，年度维护费为42,000元，双方另行签订维护合同。

6.3 现场服务按每人每日2,000元另行收费，差旅费由甲方承担。

6.4 维护服务内容包括软件缺陷修复、小版本升级、远程问题处理和每年一次系统健康检查。

6.5 甲方未签订维护合同的，乙方不再提供技术支持，系统运行中出现的问题由甲方自行负责。

## 第七条 技术支持

7.1 乙方提供工作日8:30至17:30的电话和远程支持。

7.2 对于系统无法登录、生产扫码无法报工等严重故障，乙方在接到甲方报修后8小时内响应；一般问题在2个工作日内答复。

7.3 乙方将尽合理努力解决甲方报告的问题，但不保证软件运行不中断或完全没有错误。

7.4 因甲方服务器、网络、扫码设备等非乙方提供的环境原因造成的故障，不属于乙方支持范围。

## 第八条 知识产权

8.1 琢光工序追溯系统及其全部版本的著作权归乙方所有。

8.2 本合同项下定制开发的功能模块、程序代码、数据库设计及相关文档的知识产权均归乙方所有。甲方在本合同约定的范围内享有非独占、不可转让的使用权，不得对软件进行修改、反编译，不得许可第三方使用。

8.3 乙方不向甲方提供源代码。

8.4 乙方有权将本项目定制开发的功能纳入其标准产品，并向其他客户销售或许可。

## 第九条 数据

9.1 甲方录入系统的原料、工序、质检和客户数据由甲方所有。

9.2 甲方同意，乙方可以将系统运行中产生的数据经脱敏处理后，用于产品改进、行业分析和新产品开发，该等脱敏数据及分析成果归乙方所有。

9.3 乙方对其接触的甲方数据采取必要的安全措施，包括账号权限管理、数据库定期备份和传输加密。因乙方原因导致甲方数据泄露的，乙方应及时通知甲方并在第十一条约定的范围内承担责任。

9.4 甲方应自行做好本地服务器的日常备份。甲方管理员账号和密码由甲方自行保管，因甲方账号泄露造成的损失由甲方承担。

## 第十条 保密

双方对在履行合同过程中知悉的对方商业秘密和技术秘密负有保密义务，未经对方书面同意不得向第三方披露，保密期限为合同终止后两年。乙方可以在宣传材料和客户案例中使用甲方名称及项目概况。

## 第十一条 违约责任

11.1 乙方未按第四条约定期限完成部署的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

11.2 乙方在本合同项下的全部赔偿责任（包括违约金、损害赔偿及其他责任）累计不超过合同总价的20%。乙方不对甲方的间接损失、利润损失、商誉损失及数据损失承担责任。

11.3 甲方违反第八条约定使用软件的，应按合同总价的两倍向乙方支付违约金。

11.4 因第三方软件、操作系统、数据库或硬件缺陷造成的损失，乙方不承担责任。

## 第十二条 合同解除

12.1 一方严重违反本合同，经对方书面催告后15日内仍未改正的，守约方有权书面通知解除本合同。

12.2 合同解除后，乙方已完成的工作量由甲方按实际发生支付费用，甲方已付款项不予退还。

12.3 因甲方原因导致项目暂停超过60日的，乙方有权解除合同。

## 第十三条 争议解决

因本合同引起的争议，双方友好协商解决；协商不成的，提交沈阳仲裁委员会仲裁，仲裁费用由败诉方承担。

## 第十四条 其他

14.1 本合同未尽事宜，以乙方产品说明书和服务手册为准。

14.2 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

14.3 因地震、火灾、政府行为、网络攻击等不可抗力导致合同不能履行的，受影响方不承担责任。

14.4 双方在本合同首页所列的地址和联系人为通知送达地址，一方变更的应及时书面通知对方。

甲方（盖章）：抚顺琥韵工艺品厂

乙方（盖章）：沈阳琢光软件有限公司
"""

SRC["e01"] = """T:Software Licence and Services Agreement
P:Agreement No. RCG-QH-2026-04
P:This Agreement is made between Qinghai Qaidam Microgrid Energy Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Golmud, Qinghai Province (the "Buyer"), and Red Centre Grid Systems Pty Ltd, a company registered in Australia with its principal office in Alice Springs, Northern Territory (the "Vendor").
P:Background: the Buyer operates solar, battery and diesel hybrid microgrids that supply remote townships and mining camps. The Buyer wishes to license the Vendor's GridSpinner software for its control centre and to have it configured and integrated for its sites.
H:Article 1 Definitions
P:1.1 "Software" means the GridSpinner energy management system, version 6, in object code, with its documentation and any updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the site models, control scripts, dispatch rules, interface adapters and reports created by the Vendor for the Buyer under Article 3, in source and object form, and their documentation.
P:1.3 "Buyer Data" means all operating data, meter readings, weather data, settings and records of the Buyer's sites processed by the Software or by the Vendor.
P:1.4 "Final Acceptance" means the Buyer's written acceptance certificate issued under Article 5.3.
H:Article 2 Licence
P:2.1 The Vendor grants the Buyer a perpetual, irrevocable, non-exclusive licence to install and use the Software at its control centre in Golmud and its backup centre in Xining for up to 40 microgrid sites and an unlimited number of named users.
P:2.2 The Buyer may make copies of the Software for backup, testing and disaster recovery. Additional sites may be licensed at the unit price in Article 4.1, which is fixed for three years after Final Acceptance.
P:2.3 The licence fee is a one-time fee. No annual licence fee is payable for the Software.
H:Article 3 Services
P:3.1 The Vendor shall configure the Software for 22 existing sites, build site models for each of them, and develop interface adapters to the Buyer's SCADA system, its battery management systems of two makes, and its weather forecast service.
P:3.2 The Vendor shall provide on-site commissioning at the Golmud control centre, a four-week parallel run against the existing dispatch practice, and training for the Buyer's operators and engineers at Golmud. Training covers three courses of two days each for up to 15 persons per course, with Chinese interpretation arranged by the Vendor.
P:3.3 The Vendor shall nominate a project manager who is fluent in English and has delivered at least two comparable microgrid projects. Key staff shall not be replaced without the Buyer's approval, which the Buyer will not unreasonably withhold.
P:3.4 The project plan in Annex 2 sets out the milestones. Installation shall be complete within 60 days and the system shall be ready for acceptance testing within 150 days after the effective date.
H:Article 4 Price
P:4.1 The total price is CNY 1,626,000, inclusive of applicable taxes, made up of: Software licence fee CNY 1,180,000 (covering 40 sites; an additional site costs CNY 29,500); configuration, site models and interface development CNY 410,000; training CNY 36,000.
P:4.2 The price is fixed. It includes travel, accommodation and all expenses of the Vendor's staff, all documentation, and support during the warranty period.
H:Article 5 Acceptance
P:5.1 After installation and configuration the parties shall carry out acceptance tests according to the test plan agreed in writing before testing starts.
P:5.2 The acceptance criteria are: every function in the specification in Annex 1 works as described; the dispatch optimiser issues set-points to all 22 sites at intervals of not more than 5 seconds; forecast error for next-day solar output is not more than 8 per cent averaged over the parallel run; all interfaces exchange data without loss in a 72-hour test; and no Severity 1 defect occurs during the final 14 days of the parallel run.
P:5.3 When every criterion is met, the Buyer shall issue a Final Acceptance certificate within 10 working days. Installation, use of the Software in operation, or any payment shall not be taken as acceptance. If a test fails, the Vendor shall correct the defects and repeat the test at its own cost.
H:Article 6 Payment
P:6.1 The Buyer shall pay 20 per cent of the total price (CNY 325,200) within 30 days after signature of this Agreement and receipt of the Vendor's invoice.
P:6.2 The Buyer shall pay 45 per cent (CNY 731,700) within 30 days after installation of the Software and completion of the interface adapters, as confirmed in writing by the Buyer. This confirmation is not acceptance.
P:6.3 The Buyer shall pay the remaining 35 per cent (CNY 569,100) within 30 days after Final Acceptance.
P:6.4 All payments are made in CNY by bank transfer to the Vendor's account stated on its invoice.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with the specification for 24 months after Final Acceptance. During this period the Vendor shall correct every defect and supply all updates and new versions of the Software free of charge.
P:7.2 During the warranty period the Vendor shall respond to a Severity 1 incident (the dispatch optimiser or the operator interface is unavailable, or set-points are wrong at any site) within 1 hour, at any time of day, by remote connection, and shall restore service or provide a workaround within 8 hours. Severity 2 incidents shall receive a response within 8 business hours.
P:7.3 For each full hour by which a response or restoration time is exceeded, the Vendor shall credit the Buyer CNY 600, deducted from the next payment or paid on demand.
P:7.4 After the warranty period the Buyer may order annual support for CNY 129,800 per year, which equals 11 per cent of the Software licence fee. This fee is fixed for the first three years after the warranty period, and each year of support is ordered separately; support does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Vendor retains all intellectual property in the Software.
P:8.2 All intellectual property in the Custom Deliverables vests in the Buyer upon creation. The Vendor shall deliver their source code with the Final Acceptance documents. The Buyer may use, modify and license the Custom Deliverables freely.
P:8.3 The Vendor shall defend and indemnify the Buyer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 9 Buyer Data and Security
P:9.1 Buyer Data belongs to the Buyer. The Vendor may use Buyer Data only to perform this Agreement and shall not keep, copy, analyse or disclose it for any other purpose.
P:9.2 Remote access by the Vendor shall be made only through the Buyer's secure gateway, with personal accounts, multi-factor authentication and session recording, and only after the Buyer approves each session. The Vendor shall not transfer Buyer Data outside the People's Republic of China and shall comply with the Buyer's cybersecurity rules and the applicable data protection laws.
P:9.3 The Vendor shall notify the Buyer of any security incident affecting Buyer Data or the Buyer's systems within 12 hours, cooperate in the investigation, and bear all losses caused by its breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information of the other party received in connection with this Agreement, use it only for this Agreement, and not disclose it without the other party's prior written consent, except to its advisers bound by a similar duty or as required by law. This obligation survives for five years after the end of this Agreement.
H:Article 11 Delay and Liability
P:11.1 If the Vendor fails to make the system ready for acceptance testing by the date in Article 3.4 for reasons attributable to it, the Vendor shall pay liquidated damages of 0.08 per cent of the total price for each day of delay, up to a maximum of 10 per cent of the total price.
P:11.2 Each party's total liability under this Agreement is limited to 200 per cent of the total price. This limit does not apply to personal injury, fraud, wilful misconduct, infringement claims under Article 8.3, or breach of Articles 9 and 10.
H:Article 12 Subcontracting and Assignment
P:12.1 The Vendor shall not subcontract any part of its obligations without the Buyer's prior written consent, and remains responsible for the acts of any approved subcontractor. Neither party may assign this Agreement without the other's written consent.
H:Article 13 Termination
P:13.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 20 days after receiving notice, or if the liquidated damages under Article 11.1 reach their maximum.
P:13.2 On termination before Final Acceptance the Vendor shall refund all amounts paid for work not accepted, and the Buyer shall return the Software media. The licence of any accepted Software and the rights in paid Custom Deliverables survive.
H:Article 14 Force Majeure
P:14.1 Neither party is liable for a failure caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, if it notifies the other party promptly and takes reasonable steps to limit the effect.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of the Northern Territory of Australia.
P:15.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the exclusive jurisdiction of the courts of the Northern Territory sitting in Darwin.
H:Article 16 General
P:16.1 This Agreement, with Annex 1 (Functional Specification) and Annex 2 (Project Plan), is the entire agreement between the parties on its subject and replaces all earlier proposals. Any amendment must be in writing and signed by both parties.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

SRC["e02"] = """# PaddockLink Subscription Order Form

Order Form No. PL-CN-0217

## Part A Order Form

### A1 Parties

**Provider:** PaddockLink Pty Ltd, an Australian company with its head office in Katherine, Northern Territory, Australia.

**Customer:** Hulunbuir Grassland Beef Group Co., Ltd., a company incorporated in the People's Republic of China, registered in Hailar District, Hulunbuir, Inner Mongolia.

### A2 Services Ordered

The Customer subscribes to the PaddockLink herd and pasture management platform, Enterprise edition, for its 14 ranches and two feedlots: animal records and electronic ear-tag reading, weight and growth tracking, breeding and calving calendars, pasture and water-point monitoring from satellite imagery, and the mobile app for stockmen. The subscription covers up to 60,000 head of cattle and an unlimited number of users. Provider will also carry out the onboarding services and training described in A5.

### A3 Subscription Term

The Subscription Term is 24 months, made up of two Subscription Years. The first Subscription Year starts on the date of Go-Live Acceptance under section 4 of Part B. This Order Form does not renew automatically. Any renewal requires a new Order Form signed by both parties.

### A4 Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription, Subscription Year 1 | Enterprise edition, 16 sites | 418,000 |
| Subscription, Subscription Year 2 | Enterprise edition, 16 sites | 418,000 |
| Onboarding services | Fixed price, one time | 64,000 |
| Training | Fixed price, one time | 18,000 |
| **Total Contract Value** | | **918,000** |

All fees are in Chinese yuan and include value-added tax. The subscription fee for Subscription Year 2 is the same as for Subscription Year 1.

### A5 Onboarding, Training and Invoicing

1. Onboarding: import of existing animal records from the Customer's spreadsheets and its current herd software, ear-tag reader set-up at 16 sites, configuration of paddock maps for each ranch, and an interface that sends monthly weight and stock figures to the Customer's ERP system.
2. Training: two on-site sessions at Hailar and one online session for ranch managers, with Chinese-language materials.
3. Invoicing: the onboarding and training fees (CNY 82,000 in total) are invoiced after Go-Live Acceptance. The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year. Invoices are payable within 30 days.
4. Go-Live is planned within 75 days after signature of this Order Form.

### A6 Signatures

This Order Form and the General Terms in Part B form one agreement. If they conflict, Part A prevails.

For the Customer: ____________________  For the Provider: ____________________

## Part B General Terms

### 1. Definitions

1.1 "Platform" means the PaddockLink software service hosted by Provider and made available to the Customer over the internet and the mobile app.

1.2 "Customer Data" means all data entered into or generated by the Customer's use of the Platform, including animal, breeding, weight, location and pasture records and personal information of the Customer's staff.

1.3 "Customer Configurations" means the paddock maps, report templates, workflows and the ERP interface prepared by Provider for the Customer.

### 2. Access and Use

2.1 Provider grants the Customer a non-exclusive right to use the Platform during the Subscription Term for its own business.

2.2 The Customer shall keep its user credentials secure and is responsible for the use of its accounts. The Customer shall not resell the Platform or use it to build a competing product.

2.3 Provider may update the Platform from time to time. Updates shall not materially reduce the functions ordered in Part A, and Provider shall announce major changes at least 30 days in advance with release notes in Chinese.

### 3. Service Levels

3.1 Provider shall make the Platform available at least 99.95 per cent of the time in each calendar month, not counting scheduled maintenance announced five days in advance and carried out between 01:00 and 05:00 Beijing time.

3.2 Provider shall respond to a Priority 1 incident (the Platform or the mobile synchronisation is unavailable for all users, or Customer Data is corrupted) within 30 minutes at any time and work continuously until service is restored. Priority 2 incidents receive a response within 2 hours, and Priority 3 requests within one business day.

3.3 If monthly availability falls below the commitment, Provider shall credit 5 per cent of the monthly share of the subscription fee for each 0.1 percentage point of shortfall, up to half of that monthly share. A late Priority 1 response earns a credit of CNY 1,500 per hour of delay. Credits are deducted from the next invoice or paid at the end of the Subscription Term.

3.4 Provider shall send a monthly service report with availability, incidents and response times.

### 4. Onboarding and Go-Live Acceptance

4.1 When onboarding is complete, the parties shall run acceptance tests for 10 business days. The criteria are: all imported animal records reconcile to the source files by count and by tag number; ear-tag readings at every site appear in the Platform within 10 minutes; the ERP interface delivers a monthly report that matches the Platform totals; and no Priority 1 incident occurs during the test.

4.2 The Customer shall confirm Go-Live Acceptance in writing within 5 business days after the criteria are met or list the failures. Use of the Platform during testing is not acceptance.

4.3 If Go-Live Acceptance is delayed beyond the planned date for reasons attributable to Provider, Provider shall pay CNY 700 for each day of delay.

### 5. Customer Data

5.1 As between the parties, Customer Data belongs to the Customer.

5.2 Provider may collect, aggregate and de-identify Customer Data, including herd performance, weight gain and pasture figures, and use such aggregated data during and after the Subscription Term to publish industry benchmarks, to improve its models and to develop new products. Aggregated data does not identify the Customer by name.

5.3 Provider shall host Customer Data in data centres located in mainland China operated by its hosting partner, apply encryption in transit and at rest, role-based access, logging and daily backups, and comply with the Personal Information Protection Law and the Data Security Law.

5.4 Provider shall notify the Customer within 24 hours after becoming aware of any unauthorised access to or loss of Customer Data, take immediate steps to contain it, and compensate the Customer for losses caused by Provider's failure to meet section 5.3.

5.5 Within 30 days after the Subscription Term ends, Provider shall return Customer Data in CSV format on request and then delete it.

### 6. Intellectual Property

6.1 Provider owns the Platform and all improvements to it.

6.2 Customer Configurations belong to the Customer. Provider shall hand over the ERP interface source code and the report templates at the end of onboarding, and the Customer may use, modify and let third parties use them freely.

### 7. Confidentiality

7.1 Each party shall protect the other's confidential information with reasonable care, use it only for this agreement and not disclose it to third parties except to its employees and advisers who need to know it. This duty lasts for three years after the agreement ends.

### 8. Subcontractors

8.1 Provider may use subcontractors, including its hosting partner and local implementation partners, to perform the services. Provider shall give the Customer 14 days' written notice before adding a new subcontractor, and remains responsible for its subcontractors' work.

### 9. Liability

9.1 Neither party is liable for indirect or consequential loss, loss of profit or loss of goodwill.

9.2 Provider's total liability arising out of or in connection with this agreement shall not exceed the fees paid by the Customer in the six months preceding the event giving rise to the claim. This limit does not apply to personal injury or fraud.

### 10. Term and Termination

10.1 This agreement continues until the end of the Subscription Term.

10.2 Either party may terminate this agreement by written notice if the other commits a material breach and fails to cure it within 30 days after notice. If the Customer terminates for Provider's breach, Provider shall refund the prepaid fees for the remaining part of the Subscription Year.

10.3 The Customer may also terminate if monthly availability falls below the commitment in three consecutive months.

### 11. Governing Law and Disputes

11.1 This agreement is governed by the laws of the People's Republic of China.

11.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai. The award is final and binding on both parties.

### 12. General

12.1 Notices shall be in writing and sent by email and courier to the contacts named in Part A.

12.2 Neither party may assign this agreement without the other's written consent, except that Provider may assign it to a successor of its business on notice.

12.3 This agreement is the entire agreement between the parties about its subject and may be amended only in writing signed by both parties.

12.4 Neither party is liable for delay caused by events beyond its reasonable control, such as severe weather, fire, epidemics or failures of public networks, provided it informs the other party promptly and resumes performance as soon as possible.
"""

SRC["e03"] = """T:Purchase Contract for Wireless Condition Monitoring Sensors and Monitoring Software
P:Contract No. JHSS-EQ-2026-033
P:Buyer: Hebei Jinghai Special Steel Co., Ltd., Caofeidian, Tangshan, Hebei Province, People's Republic of China (the "Buyer").
P:Supplier: Spencer Gulf Sensing Pty Ltd, Whyalla, South Australia, Australia (the "Supplier").
P:The Buyer wishes to monitor corrosion, vibration and temperature on the cranes, ladle cars, conveyors and fans of its steelmaking and rolling plants. The Supplier manufactures wireless condition monitoring sensors and gateways in Whyalla, where they were first used in the local steelworks, and licenses its PlantPulse monitoring software. This Contract is made on the Buyer's standard terms for equipment purchases.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, mounting kits and spare parts listed in clause 3.
P:1.2 "Software" means the PlantPulse monitoring software, including its analytics modules and embedded gateway firmware.
P:1.3 "Deliverables" means the dashboards, alarm rules, asset models, interface programs and documentation prepared by the Supplier specifically for the Buyer.
P:1.4 "Buyer Data" means all measurements, alarms, asset records and plant information collected or processed by the Equipment, the Software or the Supplier.
H:2. Scope of Supply
P:2.1 The Supplier shall supply, install and commission the Equipment at 11 production areas, install the Software on the Buyer's servers, build asset models for 138 machines, configure alarm rules and dashboards, and develop an interface to the Buyer's maintenance management system so that alarms automatically open work orders.
P:2.2 The Supplier shall train the Buyer's maintenance engineers and control room staff in three sessions held at the Buyer's site.
P:2.3 The Supplier shall deliver the Equipment DAP Caofeidian within 70 days after the effective date and complete installation within 40 days after delivery.
P:2.4 The sensors shall be rated for the ambient temperatures and dust of the plant areas named in the technical specification, have a battery life of at least five years at the configured sampling rate, and be mounted with kits that do not require welding on the Buyer's machines.
P:2.5 The Supplier's installation staff shall hold valid work permits, attend the Buyer's safety induction, and work only under the Buyer's permit-to-work system. The Supplier shall deliver a documentation set consisting of the as-built sensor map, asset models, alarm settings, interface description, user manuals and maintenance manuals, in Chinese and English.
H:3. Price
P:3.1 The Contract Price is CNY 1,612,000, including value-added tax, import duties, freight, insurance and all other costs, itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration and temperature sensor, ATEX rated|420|2,150|903,000
TB:2|Gateway with 4G and fibre backhaul|24|8,600|206,400
TB:3|PlantPulse software licence, perpetual, 500 sensor points|1|318,000|318,000
TB:|Equipment and Software subtotal|||1,427,400
TB:4|Installation, commissioning, asset models and interface|1 lot|163,600|163,600
TB:5|Training|1 lot|21,000|21,000
TB:|Contract Price|||1,612,000
P:3.2 The Contract Price is fixed and includes the Supplier's support during the warranty period.
H:4. Payment
P:4.1 The Buyer shall pay 10 per cent of the Contract Price (CNY 161,200) within 20 days after the effective date, against the Supplier's invoice and a bank guarantee for the same amount valid until delivery.
P:4.2 The Buyer shall pay 55 per cent of the Contract Price (CNY 886,600) within 30 days after all Equipment has been installed and the Buyer has signed the installation certificate. The installation certificate records quantities and installation only and is not acceptance.
P:4.3 The Buyer shall pay the remaining 35 per cent of the Contract Price (CNY 564,200) within 30 days after the Final Acceptance Certificate is signed.
P:4.4 Each invoice shall be a valid Chinese VAT invoice issued by the Supplier's appointed importer of record and shall state the contract number and the milestone.
H:5. Testing and Acceptance
P:5.1 After installation the Supplier shall run the system for 45 days. Final Acceptance requires all of the following: every sensor reports to the Software at its configured interval; sensor readings agree with the Buyer's calibrated reference instruments within the tolerances in the technical specification; gateway message loss stays below 0.5 per cent of expected messages over the 45 days; every configured alarm has been tested and opens a work order in the maintenance management system; the documentation listed in clause 2 is complete; and no Severity 1 incident occurs during the last 20 days of the run.
P:5.2 The Buyer shall sign the Final Acceptance Certificate within 10 days after all criteria are met, or give written reasons for refusing. Installation, operational use or any payment does not amount to acceptance. Failed tests shall be repeated at the Supplier's cost.
H:6. Warranty and Support
P:6.1 The warranty period is 36 months from the date of the Final Acceptance Certificate. During the warranty period the Supplier shall repair or replace any defective Equipment within 10 days, correct defects in the Software, and provide updates free of charge. Replacement sensors shall be held in the Buyer's spare parts store on consignment.
P:6.2 The Supplier shall respond to a Severity 1 incident (loss of monitoring for a whole production area, or failure of the Software server) within 30 minutes by telephone and remote session, and restore monitoring within 24 hours. Severity 2 incidents (individual sensors or gateways failing) shall receive a response within 2 hours.
P:6.3 For every hour of delay beyond a response or restoration time, the Supplier shall pay the Buyer CNY 1,000, which the Buyer may deduct from any amount due.
P:6.4 After the warranty period the Supplier shall offer annual support at CNY 114,192 per year, being 8 per cent of the Equipment and Software subtotal. This fee shall not increase for the first two years after the warranty period. Support is ordered by separate purchase order and does not renew automatically.
P:6.5 The Supplier shall keep spare parts and replacement sensors of the supplied types available for at least eight years after Final Acceptance, and shall give the Buyer six months' notice before any type is discontinued, offering a compatible replacement.
H:7. Buyer Data and Security
P:7.1 Buyer Data belongs to the Buyer. The Supplier may use Buyer Data only to perform this Contract and shall not keep, copy or use it for any other purpose, including product development.
P:7.2 The Software shall be installed in the Buyer's own data centre. The Supplier may access it only through the Buyer's remote access system with named accounts, multi-factor authentication and logging, after the Buyer approves each session. The Supplier shall not transfer Buyer Data out of the People's Republic of China.
P:7.3 The Supplier shall report any security incident affecting Buyer Data or the Buyer's networks within 12 hours, cooperate in the response, and compensate the Buyer for all losses caused by its breach of this clause.
H:8. Intellectual Property
P:8.1 The Software and the gateway firmware remain the property of the Supplier or its licensors. The Buyer receives a perpetual licence to use them with the Equipment.
P:8.2 The Deliverables belong to the Buyer. The Supplier shall deliver their source files and the Buyer may use, modify and license them without restriction.
H:9. Confidentiality
P:9.1 Each party shall keep confidential the other party's non-public information received under this Contract, including the Buyer's plant layouts and production data, and shall not disclose it to any third party without prior written consent. This clause survives for five years after the Contract ends.
H:10. Delay and Liability
P:10.1 If the Supplier delays delivery or installation beyond the dates in clause 2.3, it shall pay liquidated damages of 0.1 per cent of the Contract Price for each day of delay, up to 10 per cent of the Contract Price.
P:10.2 The Supplier's total liability under this Contract is limited to 150 per cent of the Contract Price. The limit does not apply to personal injury, property damage caused by wilful misconduct, or breach of clauses 7 and 9.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains responsible for the work of any approved subcontractor, who shall comply with the Buyer's site safety rules.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach that is not remedied within 15 days after written notice, or if liquidated damages under clause 10.1 reach their maximum. The Supplier shall then refund payments received for Equipment and services not accepted.
P:12.2 Termination does not affect the Buyer's licence to use the Software with Equipment already paid for, or the Buyer's rights in Deliverables already delivered.
H:13. Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Tianjin Arbitration Commission for arbitration in Tianjin.
H:14. General
P:14.1 The technical specification and the installation plan are annexes to this Contract. This Contract is made in English and Chinese; both versions have equal effect.
P:14.2 Any amendment to this Contract must be made in writing and signed by authorised representatives of both parties. Notices shall be sent by courier and email to the addresses stated above.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

SRC["e04"] = """# Managed IT Services Agreement

Agreement No. DSTP-MS-2026-12

**Customer:** Gansu Dunhuang Solar Thermal Power Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Dunhuang, Gansu Province.

**Provider:** Upper Gulf Managed Services Pty Ltd, a company registered in Australia, with its head office in Port Augusta, South Australia, acting in China through its registered branch in Lanzhou.

**Background:** The Customer operates a 100 MW molten-salt solar thermal power station and its administration centre near Dunhuang. Provider supports remote energy sites in the Upper Spencer Gulf region of South Australia and provides managed IT services to operators of remote plants. The Customer wishes to outsource the operation of its site IT infrastructure to Provider for 36 months.

## Section 1 Definitions

1.1 "Services" means the managed IT services described in Schedule 1.

1.2 "Service Levels" means the levels in Schedule 2, and "Service Credits" means the credits in Schedule 3.

1.3 "Customer Data" means all data held on or passing through the systems managed by Provider, including plant operating records, business records and personal information of the Customer's employees.

1.4 "Service Commencement Date" means the date on which the Customer confirms in writing that the transition under Section 3 is complete.

1.5 "Managed Environment" means the servers, storage, network equipment, end-user devices and software at the Customer's site listed in the asset register agreed during transition.

## Section 2 Term

2.1 This Agreement starts on signature. The service period runs for 36 months from the Service Commencement Date and then ends. There is no automatic renewal; any extension requires a written agreement signed by both parties.

## Section 3 Transition and Service Commencement

3.1 Within 60 days after signature Provider shall take over the Managed Environment from the Customer's current IT team. Transition includes a full asset inventory, documentation of network and server configurations, installation of Provider's monitoring tools, set-up of the service desk in Chinese and English, and knowledge transfer from the Customer's staff.

3.2 The Customer shall confirm Service Commencement when all of the following transition criteria are met: the asset register is complete and checked by sampling; every server, switch and firewall in the asset register reports to the monitoring tools; backup jobs have completed successfully for 10 consecutive days; the service desk has handled test tickets in both languages; and the runbooks in Schedule 1 are approved by the Customer's IT manager. The Customer shall confirm or list the unmet criteria within 5 business days.

3.3 If the Service Commencement Date does not occur within 60 days after signature for reasons attributable to Provider, Provider shall pay the Customer CNY 1,800 for each day of delay.

## Section 4 Services and Service Levels

4.1 Provider shall perform the Services in accordance with Schedule 1 and meet the Service Levels in Schedule 2.

4.2 If Provider fails to meet a Service Level, Service Credits under Schedule 3 apply. Service Credits are deducted from the next monthly invoice.

4.3 Provider shall deliver a monthly service report with Service Level results, incidents, changes, capacity trends and improvement proposals, and shall attend a monthly service review with the Customer.

4.4 Provider shall keep one resident engineer at the Dunhuang site on business days and shall provide a replacement during leave. The resident engineer and the service manager shall not be changed without the Customer's approval.

4.5 The Customer shall give Provider's staff access to the site, the Managed Environment and the information reasonably needed to perform the Services, and shall keep its vendor support contracts for plant control systems in force. Provider is not responsible for the plant's distributed control system, which remains with its manufacturer.

## Section 5 Charges and Payment

5.1 The charges are set out in Schedule 3. The total contract value for the service period is CNY 2,184,000.

5.2 The transition charge is invoiced after the Service Commencement Date. The monthly service charge is invoiced monthly in arrears. Invoices are payable within 30 days after receipt of a valid VAT invoice.

5.3 The charges are fixed for the service period. Changes to the Managed Environment that increase the number of managed devices by more than 10 per cent shall be priced by written change order.

## Section 6 Customer Data

6.1 Customer Data is and remains the property of the Customer. Provider may use Customer Data only to provide the Services to the Customer and shall not use it for any other purpose.

6.2 At the end of the Agreement Provider shall return all Customer Data and configuration records to the Customer and remove its monitoring tools from the Managed Environment.

## Section 7 Intellectual Property

7.1 Provider keeps its monitoring tools, methods and general know-how.

7.2 Runbooks, configuration records, scripts and documentation created by Provider for the Customer under this Agreement belong to the Customer, which may use and modify them freely and give them to any later service provider.

## Section 8 Confidentiality

8.1 Each party shall keep the other party's confidential information secret, use it only for this Agreement and not disclose it to any third party without prior written consent. Confidential information includes Customer Data, plant designs, network diagrams, passwords and commercial terms. This obligation continues for five years after the Agreement ends.

## Section 9 Personnel and Subcontracting

9.1 Provider's personnel working on site shall follow the Customer's safety and site access rules and complete the Customer's safety induction.

9.2 Provider shall not subcontract any part of the Services without the Customer's prior written consent and remains responsible for any subcontractor the Customer approves.

## Section 10 Liability

10.1 Neither party is liable for indirect loss, loss of profit or loss of revenue.

10.2 Provider's total aggregate liability arising out of or in connection with this Agreement is limited to CNY 700,000. This limit does not apply to death or personal injury caused by negligence or to fraud.

## Section 11 Termination

11.1 The Customer may terminate this Agreement by written notice if Provider commits a material breach and does not remedy it within 30 days after notice, or if Provider misses the Service Level for incident resolution in three consecutive months.

11.2 Either party may terminate if the other becomes insolvent.

11.3 On expiry or termination Provider shall provide exit assistance for up to 60 days at the monthly service charge rate pro rata, hand over all documentation and transfer the Services to the Customer or a new provider in an orderly way.

## Section 12 Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes that cannot be settled by negotiation within 30 days shall be submitted to the Lanzhou Arbitration Commission for arbitration in Lanzhou.

## Section 13 General

13.1 The Schedules form part of this Agreement. Amendments must be in writing and signed by both parties. Neither party may assign this Agreement without the other's written consent.

13.2 Notices shall be given in writing to the addresses stated above. This Agreement is made in English and Chinese, and both versions are equally authentic.

Signed for the Customer: ____________________  Signed for Provider: ____________________

## Schedule 1 Services

| Service | Scope | Frequency |
|---|---|---|
| Service desk | Calls, email and portal tickets from about 180 users, in Chinese and English | 24 x 7 |
| Network monitoring | Switches, routers, firewalls and Wi-Fi across the plant and administration centre | Continuous |
| Server and storage management | 46 physical and virtual servers, two storage arrays, patching and capacity management | Monthly patching, daily checks |
| Backup and restore | Daily backups of business systems, weekly full backups, quarterly restore test | Daily |
| End-user devices | 210 desktops and laptops, imaging, repairs and replacement logistics | On request |
| Change management | Planning and implementation of changes approved by the Customer | As scheduled |

## Schedule 2 Service Levels

| Measure | Commitment |
|---|---|
| Availability of the core network and business servers (monthly) | 99.95 per cent |
| Priority 1 incident (plant office network or business systems down for all users): response | 15 minutes |
| Priority 1 incident: restoration | 6 hours |
| Priority 2 incident (one system or one building affected): response | 1 hour |
| Priority 2 incident: restoration | 12 business hours |
| Service desk calls answered | 90 per cent within 60 seconds |

## Schedule 3 Charges and Service Credits

| Item | Amount (CNY) |
|---|---|
| Transition charge, one time | 96,000 |
| Monthly service charge | 58,000 |
| Monthly service charge for 36 months | 2,088,000 |
| Total contract value | 2,184,000 |
| Credit: availability below commitment, per 0.02 point short | 3 per cent of the monthly charge |
| Credit: late Priority 1 response or restoration, per hour late | CNY 2,000 |
| Maximum credits in any month | 25 per cent of the monthly charge |
"""

SRC["e05"] = """MARINE FORECAST DATA SUBSCRIPTION AGREEMENT

Agreement No. RBOD-ZS-2026-09

PARTIES

Customer: Zhoushan Donghai Ocean Shipping Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Dinghai District, Zhoushan, Zhejiang Province.

Vendor: Roebuck Bay Ocean Data Pty Ltd, a company registered in Australia, with its office in Broome, Western Australia.

BACKGROUND

The Vendor produces high-resolution forecasts of wind, waves, swell, tides and ocean currents, originally developed for pearling and offshore operations on the Kimberley coast, and delivers them through an application programming interface (API). The Customer operates a fleet of 38 bulk carriers and coastal tankers and wishes to feed the Vendor's forecasts into its voyage planning and fleet monitoring systems.

1. DEFINITIONS

1.1 "Data" means the forecast and hindcast datasets described in clause 2, delivered through the API or as files.

1.2 "Subscription Year" means each of two consecutive periods of 365 days, the first starting on the Start Date.

1.3 "Start Date" means the date on which the Customer confirms Integration Acceptance under clause 5.

1.4 "Customer Inputs" means vessel positions, routes, port calls, draught and other information that the Customer sends to the API in its queries.

1.5 "Custom Products" means the route risk layer and the port approach forecast tables that the Vendor prepares specifically for the Customer under clause 3.

2. DATA AND API

2.1 The Vendor shall provide through the API: hourly forecasts of wind, significant wave height, swell, tides and surface currents for seven days ahead on a grid covering the China seas, the western Pacific and the Indian Ocean routes used by the Customer; route forecasts for up to 60 planned voyages at a time; and historical data for the previous five years on request.

2.2 The Data is updated four times a day. The API returns data in JSON and GRIB formats. The Customer may make up to 400,000 API calls per Subscription Year; calls above this volume are charged at the rate in clause 4.3.

2.3 The Customer may use the Data for its own fleet operations, voyage planning, chartering and safety management, and may share extracts with the masters of its vessels and with charterers of individual voyages. The Customer shall not resell the Data or offer it as a data service to third parties.

2.4 Some Data is derived from public and commercial satellite and buoy sources. The Vendor warrants that it holds the rights needed to license the Data to the Customer as set out in this Agreement and shall defend the Customer against any claim that the Customer's permitted use of the Data infringes a third party's rights.

3. SET-UP AND CUSTOM PRODUCTS

3.1 The Vendor shall provide API credentials, documentation in English and Chinese, and sample code, and shall assist the Customer's IT staff in integrating the API with the Customer's voyage planning system and fleet monitoring dashboard.

3.2 The Vendor shall prepare the Custom Products for the Customer's main routes and for the approaches to Zhoushan, Ningbo, Qingdao, Port Hedland and Dampier, and update them each quarter.

3.3 The Vendor shall hold two online training sessions for the Customer's marine superintendents and voyage planners on reading the Data and the Custom Products, and shall provide a short user guide in Chinese.

4. FEES AND PAYMENT

4.1 The fees are: subscription fee for Subscription Year 1, CNY 264,000; subscription fee for Subscription Year 2, CNY 264,000; set-up and Custom Products fee, one time, CNY 26,000. The total fees under this Agreement are CNY 554,000, including value-added tax.

4.2 The set-up fee is invoiced after Integration Acceptance. The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year. Invoices are payable within 30 days after receipt.

4.3 API calls above the annual volume in clause 2.2 are charged at CNY 0.30 per call, invoiced at the end of each Subscription Year.

4.4 The subscription fees are fixed for both Subscription Years.

5. INTEGRATION ACCEPTANCE

5.1 After integration, the parties shall run a 15-day acceptance test. Integration Acceptance requires that: the API returns complete forecasts for every grid cell and route requested; the Data for a sample of 20 past voyages matches the Vendor's published hindcast archive; the Customer's voyage planning system displays the Data correctly; and the Custom Products for all named ports have been delivered.

5.2 The Customer shall confirm Integration Acceptance in writing within 5 business days after the test or list the failures, which the Vendor shall correct before the test is repeated.

6. SERVICE AND SUPPORT

6.1 The Vendor shall use reasonable efforts to keep the API available and to deliver each forecast update on time, but does not guarantee that the API will be uninterrupted or error-free. Forecasts are estimates and the Customer remains responsible for navigation decisions.

6.2 The Vendor provides support by email and telephone during business hours in Broome, and will respond to support requests as soon as reasonably practicable.

6.3 The Vendor shall give at least 30 days' notice of any change to the API that requires changes to the Customer's systems and shall keep the previous version available for at least 90 days after the change.

6.4 The Vendor publishes the status of the API and of each forecast run on a status web page, which the Customer's staff may consult at any time.

7. CUSTOMER INPUTS AND DATA SECURITY

7.1 Customer Inputs belong to the Customer. The Vendor may use Customer Inputs only to answer the Customer's queries and prepare the Custom Products, and shall not store them longer than 30 days or use them for any other purpose.

7.2 The Vendor shall protect Customer Inputs with encryption in transit and at rest, access limited to named staff, access logging and regular security testing of the API. The Customer's queries shall be served from the Vendor's servers in mainland China, hosted by a provider approved by the Customer.

7.3 The Vendor shall notify the Customer within 24 hours after becoming aware of any unauthorised access to Customer Inputs, take steps to contain it, and compensate the Customer for losses caused by its failure to comply with clause 7.2.

8. INTELLECTUAL PROPERTY

8.1 The Vendor owns the Data, its forecast models and the API. The Customer receives the licence to use the Data set out in clause 2.3 during the two Subscription Years and may keep and use Data downloaded during that time for its internal records after the end of the Agreement.

8.2 The Custom Products belong to the Customer, which may use, modify and license them freely.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the other party's non-public information, including the Customer's fleet schedules and commercial arrangements and the Vendor's model documentation, use it only for this Agreement and not disclose it to third parties without prior written consent, for three years after the Agreement ends.

10. LIABILITY

10.1 Neither party is liable to the other for indirect or consequential loss or loss of profit.

10.2 Each party's total liability under this Agreement is limited to 150 per cent of the total fees in clause 4.1. The limit does not apply to breach of clauses 7 and 9 or to fraud.

11. SUBCONTRACTING

11.1 The Vendor shall not subcontract the delivery of the Data or the Custom Products without the Customer's prior written consent. The hosting provider named in the set-up documentation is approved by signature of this Agreement.

12. TERM AND TERMINATION

12.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically; any further subscription requires a new written agreement.

12.2 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 20 days after notice. In that case the Vendor shall refund the subscription fee for the unused part of the current Subscription Year.

12.3 On termination the Vendor shall delete all Customer Inputs and confirm the deletion in writing.

13. FORCE MAJEURE

13.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, including cyclones, failures of satellite data sources outside the Vendor's control, and government action, provided it notifies the other party promptly.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Hangzhou in accordance with its rules in force at the time.

15. GENERAL

15.1 This Agreement is the entire agreement between the parties about its subject. Amendments must be in writing and signed by both parties. This Agreement is made in English.

15.2 Notices shall be given in writing by email and courier to the addresses stated above. Neither party may assign this Agreement without the other party's written consent.

Signed for the Customer: ____________________

Signed for the Vendor: ____________________
"""

# ---------------------------------------------------------------- design: files, labels, expected rules
FILES = {
    "z01": ("h677z01_local_gazetteer_digitisation_platform.pdf", "zh", "software"),
    "z02": ("h677z02_curtain_mill_weaving_cutting_line_retrofit.docx", "zh", "hardware"),
    "z03": ("h677z03_guesthouse_chain_booking_membership_saas.txt", "zh", "cloud"),
    "z04": ("h677z04_aquarium_life_support_annual_om.txt", "zh", "services"),
    "z05": ("h677z05_amber_workshop_tracking_software_supplier_template.md", "zh", "software"),
    "e01": ("h677e01_microgrid_ems_perpetual_licence_alice_springs_vendor.pdf", "en", "software"),
    "e02": ("h677e02_herd_management_saas_order_form_katherine_vendor.md", "en", "cloud"),
    "e03": ("h677e03_steel_plant_condition_sensors_whyalla_vendor.docx", "en", "hardware"),
    "e04": ("h677e04_solar_thermal_plant_managed_it_port_augusta_vendor.md", "en", "services"),
    "e05": ("h677e05_marine_forecast_api_subscription_broome_vendor.txt", "en", "cloud"),
}
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
# values in KEYS order; extra: sla_clause, ld_stated, capped (goods only), deemed, contract_value; fee_base; forum outside
D = {
    "z01": ([99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9, False, True, False, "PRC", G],
            dict(sla=True, ld=True, capped=True, deemed=False, value=1346000), 736000, False, []),
    "z02": ([None, 1, True, "buyer", True, True, True, 0.06, None, 25, True, True, 18, 26, False, True, True, "PRC", G],
            dict(sla=True, ld=True, capped=True, deemed=False, value=1440000), 1276000, False,
            ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"]),
    "z03": ([99.5, 0.5, True, "buyer", True, True, True, 0.07, None, None, True, None, None, None, True, True, False, "PRC", S],
            dict(sla=True, ld=True, deemed=False, value=950000), None, False, ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"]),
    "z04": ([None, 0.25, True, "buyer", True, True, False, 0.1, None, None, True, None, None, None, False, False, False, None, S],
            dict(sla=True, ld=True, deemed=False, value=780000), None, False, ["CR-CONFIDENTIALITY", "CR-TERMINATION"]),
    "z05": ([None, 8, False, "supplier", True, False, True, 0.02, 20, 65, False, False, 6, 10, False, True, None, None, G],
            dict(sla=True, ld=True, capped=True, deemed=True, value=848000), 420000, False,
            ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-PREPAYMENT",
             "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"]),
    "e01": ([None, 1, True, "buyer", True, True, True, 0.08, 200, 20, True, True, 24, 11, False, True, False,
             "Northern Territory", G],
            dict(sla=True, ld=True, capped=True, deemed=False, value=1626000), 1180000, True, ["CR-GOVERNING-LAW"]),
    "e02": ([99.95, 0.5, True, "buyer", True, False, True, 700 / 918000 * 100, 6 / 24 * 100, None, True, None, None, None,
             False, True, True, "PRC", S],
            dict(sla=True, ld=True, deemed=False, value=918000), None, False,
            ["CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP", "CR-SUBCONTRACT"]),
    "e03": ([None, 0.5, True, "buyer", True, True, True, 0.1, 150, 10, True, True, 36, 8, False, True, False, "PRC", G],
            dict(sla=True, ld=True, capped=True, deemed=False, value=1612000), 1427400, False, []),
    "e04": ([99.95, 0.25, True, "buyer", False, True, True, 1800 / 2184000 * 100, 700000 / 2184000 * 100, None, True, None,
             None, None, False, True, False, "PRC", S],
            dict(sla=True, ld=True, deemed=False, value=2184000), None, False, ["CR-DATA-SECURITY", "CR-LIABILITY-CAP"]),
    "e05": ([None, None, False, "buyer", True, True, True, None, 150, None, True, None, None, None, False, True, False, "PRC", S],
            dict(sla=False, ld=False, deemed=False, value=554000), None, False,
            ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
}
SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high", "CR-LD-LOW": "medium",
            "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high", "CR-WARRANTY": "medium",
            "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium", "CR-TERMINATION": "medium",
            "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low", "CR-TCO-SERVICE-SHARE": "medium"}
THRESHOLDS = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
              "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_SHARE = 40


def tco_share(t, x, fee_base):
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not x["capped"]:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * fee_base
    return fees / (x["value"] + fees) * 100


def derive(t, x, fee_base, forum_out):
    """My reading of policy §3 applied to the label."""
    r = set()
    goods = t["contract_kind"] == G
    if not x["sla"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if x["sla"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not x["ld"]:
        r.add("CR-LD-MISSING")
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["deemed"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < 12):
        r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not x["capped"] or t["post_warranty_fee_pct"] > 15):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or forum_out:
        r.add("CR-GOVERNING-LAW")
    share = tco_share(t, x, fee_base)
    if share is not None and share > TCO_SHARE:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk(rules):
    sev = {SEVERITY[r] for r in rules}
    return "high" if "high" in sev else ("medium" if "medium" in sev else "low")


def label(key):
    name, lang, cat = FILES[key]
    vals, x, fee_base, forum_out, design = D[key]
    t = dict(zip(KEYS, vals))
    extra = {"sla_clause": x["sla"], "ld_stated": x["ld"]}
    if t["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = x["capped"]
    extra["acceptance_deemed_on_delivery"] = x["deemed"]
    extra["contract_value"] = x["value"]
    rules = derive(t, x, fee_base, forum_out)
    assert rules == sorted(design), (key, rules, design)
    return {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": extra,
            "expected_rules": rules}


# ---------------------------------------------------------------- threshold figures in text
CN_NUM = "一二三四五六七八九十零〇两百千"
PATTERNS = [
    r"(?<![\d.,])99\.9(?!\d)",
    r"(?<![\d.,])(?:30|15|40|100)(?:\.0+)?(?![\d])\s*(?:%|％|per\s*cent|percent)",
    r"(?<![\d.,])0\.05(?!\d)",
    r"万分之五(?!十)", r"千分之零点五", r"0\.5\s*‰",
    r"百分之(?:三十|十五|四十|百|一百)(?![点一二三四五六七八九十])",
    r"\b(?:thirty|fifteen|forty|one\s*hundred)[\s-]*(?:per\s*cent|percent)",
    r"(?<![\d.,])4(?:\.0)?\s*-?\s*(?:hours?|hrs?\b|h\b|小时|个小时)", r"\bfour[\s-]*hours?",
    r"(?<![%s])四个?小时" % CN_NUM,
    r"(?<![\d.,])12\s*-?\s*(?:months?|个月|mos?\b)", r"\btwelve[\s-]*months?", r"(?<![%s])十二个月" % CN_NUM,
    r"\bone[\s-]*year", r"(?<![\d.,])1\s*-?\s*years?\b", r"一年", r"\ba\s*year'?s?\s*warranty",
]
RX = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.9 %", "4 hours", "4小时", "四小时", "0.05%", "万分之五", "100%", "30 %", "百分之三十",
            "12个月", "十二个月", "12 months", "twelve months", "15%", "40 per cent", "one year", "一年", "four hours",
            "30 per cent", "4-hour", "12-month", "1 year", "百分之十五", "fifteen per cent"]
MUST_MISS = ["99.95%", "24 hours", "24小时", "二十四小时", "0.055%", "万分之五十", "130%", "140%", "115%", "2.15%",
             "0.15%", "112 months", "18个月", "30 days", "40 days", "第14条", "100,000", "12 days", "4 days", "14 hours",
             "1.30 per call", "十四小时", "三十个月", "3.5%", "200 per cent", "150%", "400,000"]


def self_test():
    for s in MUST_HIT:
        assert RX.search(s), ("must hit", s)
    for s in MUST_MISS:
        assert not RX.search(s), ("must miss", s, RX.search(s))


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for table in doc.tables:
            for row in table.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def check_text(key, text):
    lang = FILES[key][1]
    n = len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())
    lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
    assert lo <= n <= hi, (key, n)
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
        m = RX.search(variant)
        assert not m, (key, m.group(0), variant[max(0, m.start() - 30):m.end() + 30])
    return n


def check_labels(labels):
    for key, lab in labels.items():
        t = lab["expected_terms"]
        for k, thr in THRESHOLDS.items():
            v = t[k]
            if v is not None:
                assert abs(v - thr) > 1e-9, (key, k, v)
        vals, x, fee_base, _, _ = D[key]
        share = tco_share(t, x, fee_base)
        if share is not None:
            assert abs(share - TCO_SHARE) > 2, (key, share)
    covered = set().union(*(set(lab["expected_rules"]) for lab in labels.values()))
    assert covered == set(SEVERITY), set(SEVERITY) - covered
    counts = {k: len(lab["expected_rules"]) for k, lab in labels.items()}
    compliant = [k for k, n in counts.items() if n == 0]
    assert sorted(compliant) == ["e03", "z01"], compliant
    assert labels["e01"]["expected_rules"] == ["CR-GOVERNING-LAW"] and risk(labels["e01"]["expected_rules"]) == "low"
    assert 8 <= counts["z05"] <= 10
    for k in ("z02", "z03", "z04", "e02", "e04", "e05"):
        assert 2 <= counts[k] <= 3, (k, counts[k])


def main():
    self_test()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    binary = {k: (FILES[k][0], FILES[k][0].rsplit(".", 1)[1]) for k in FILES if FILES[k][0].endswith((".docx", ".pdf"))}
    write({k: SRC[k] for k in binary}, binary, OUT, wrap_words=True)
    for k, (name, _, _) in FILES.items():
        if k not in binary:
            (OUT / name).write_text(SRC[k], encoding="utf-8")
            print("wrote", name)
    labels = {k: label(k) for k in FILES}
    check_labels(labels)
    for k, (name, _, _) in FILES.items():
        n = check_text(k, read_back(OUT / name))
        lab = labels[k]
        vals, x, fee_base, _, _ = D[k]
        share = tco_share(lab["expected_terms"], x, fee_base)
        print("%s %-66s %5d %-6s %s %s" % (k, name, n, risk(lab["expected_rules"]),
                                           "" if share is None else "TCO %.2f%%" % share,
                                           ", ".join(r[3:] for r in lab["expected_rules"]) or "(none)"))
        stem = name.rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
