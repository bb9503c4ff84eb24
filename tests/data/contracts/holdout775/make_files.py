"""holdout775: builds the ten held-out drafts from the sources below, writes their .json labels and checks them.

Run: /work/main/.venv/bin/python -B make_files.py  (in this folder). .docx/.pdf via ../word_pdf.py.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
SRC = {}

SRC["z01"] = """T:食品安全抽检监测信息平台采购合同
P:合同编号：SJJ-ZFCG-2025-0417
P:甲方（采购人）：江川市市场监督管理局
P:乙方（供应商）：杭州禾量信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及江川市政府采购中心组织的公开招标结果（项目编号JCZC-2025-086），双方就食品安全抽检监测信息平台的软件许可、定制开发及实施服务订立本合同，招标文件、乙方投标文件及澄清材料为本合同组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供食品安全抽检监测平台软件（含抽检任务管理、样品流转、检验结果录入、不合格食品核查处置、风险监测预警、统计分析六个子系统）的永久使用许可，用户数不限，部署于甲方政务云。
P:1.2 乙方按甲方需求进行定制开发，包括：与省级抽检监测系统的数据对接、与承检机构实验室信息系统的接口、不合格产品核查处置流程、风险预警模型配置及领导驾驶舱。
P:1.3 乙方负责平台部署、历史抽检数据迁移（2019年以来约18.6万条记录）、系统联调及用户培训。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰伍拾万零贰仟元整（¥1,502,000），为固定总价，包含完成本合同全部工作的费用及税费。
P:2.2 价款构成：平台软件许可费¥846,000；定制开发费¥512,000；部署实施及数据迁移费¥118,000；培训费¥26,000。
H:第三条 付款方式
P:3.1 合同签订后15个工作日内，甲方在收到乙方开具的等额发票后支付合同总价的20%，即¥300,400。
P:3.2 平台完成部署、数据迁移并通过初步验收后，甲方支付合同总价的45%，即¥675,900。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%，即¥525,700。
P:3.4 甲方付款以财政资金到位为前提，乙方应配合甲方完成国库集中支付手续，并在每期付款前提交付款申请及相应的阶段成果材料。
H:第四条 交付与进度
P:4.1 乙方应在合同签订之日起150日内完成全部开发、部署与数据迁移，并提交初步验收申请。
P:4.2 乙方应每两周提交项目进度报告，重大风险应在发现后2个工作日内书面报告甲方。
P:4.3 乙方应组建不少于8人的项目团队，其中项目经理须具有信息系统项目管理师资格并常驻甲方现场；项目经理及核心开发人员未经甲方同意不得更换，确需更换的，接替人员资历不得低于原人员。
P:4.4 乙方应为甲方本级及所属12个区县市场监管分局的业务人员、承检机构操作人员提供操作培训，培训不少于6期，每期结束后进行上机考核，并提供操作手册、管理员手册及培训视频。
P:4.5 甲方负责提供政务云资源、网络接入条件及必要的业务资料，并指定专人协调省级系统对接事宜。因甲方原因造成工期延误的，工期相应顺延。
H:第五条 验收
P:5.1 初步验收标准：各子系统功能符合招标文件技术需求逐项响应表；历史数据迁移记录数与源系统核对一致，抽样比对差错为零；与省级系统及承检机构接口连续七日数据交换成功；在300个并发用户下常用页面响应时间不超过3秒。
P:5.2 初步验收后平台进入60日试运行。试运行期间未发生一级故障，且经第三方测评机构安全测评无高风险问题的，甲方组织最终验收，并出具验收报告。
P:5.3 平台上线使用、甲方签收货物或支付任何款项，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新申请验收。
H:第六条 质量保证与售后服务
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供软件升级、缺陷修复、远程及现场技术支持。
P:6.2 服务水平：平台月可用率不低于99.95%（计划内维护除外）。一级故障（平台整体不可用或抽检数据无法上报）乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障2小时内响应，24小时内解决。
P:6.3 乙方响应或恢复超时的，每超时1小时向甲方支付¥1,000；月可用率每低于承诺值0.01个百分点，扣减当期维护费用¥500，甲方可从应付款项中直接扣除。
P:6.4 质保期内乙方每季度进行一次系统巡检，并在汛期、节假日等抽检高峰前开展专项检查，巡检报告报甲方信息科备案；乙方还应配合甲方完成年度等级保护测评及密码应用安全性评估中涉及平台的整改工作。
P:6.5 质保期满后，甲方如需继续委托乙方提供维护服务，年度维护费不超过平台软件许可费的9%（即每年¥76,140），且质保期满后三年内不上调。维护合同由双方另行签订，不自动续期。
H:第七条 知识产权
P:7.1 平台标准产品的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 乙方为本项目定制开发的程序、接口、模型配置、文档及其源代码的知识产权归甲方所有，乙方应在最终验收时交付完整源代码，甲方可自行或委托第三方修改、使用。
P:7.3 本项目形成的需求规格说明书、设计文档、测试报告等技术资料归甲方所有，甲方可在本单位及上级主管部门范围内自由使用。
P:7.4 乙方保证所提供软件不侵犯第三方权利，因侵权引起的纠纷由乙方负责处理并承担全部费用。
H:第八条 数据安全
P:8.1 平台中的抽检数据、检验结果、企业及个人信息等全部数据属于甲方，乙方仅可为履行本合同使用，不得复制、留存或用于任何其他目的。
P:8.2 乙方应落实网络安全等级保护第三级要求，对数据传输和存储加密，运维访问须经甲方审批并通过堡垒机进行，操作日志保存不少于六个月。
P:8.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及由此产生的行政责任。
H:第九条 保密
P:9.1 乙方对履约中知悉的甲方工作秘密、执法信息及未公开的抽检结果负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:9.2 保密义务不因合同终止而解除。
H:第十条 违约责任
P:10.1 乙方逾期完成交付或验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过60日的，甲方有权解除合同。
P:10.2 乙方未按第六条约定提供质保服务，经甲方催告后仍不履行的，甲方可委托第三方代为履行，所需费用由乙方承担。
P:10.3 乙方交付的平台不符合合同约定的，应负责修复或更换，并赔偿甲方因此遭受的损失。
H:第十一条 分包
P:11.1 本项目不得分包或转包。乙方擅自分包或转包的，甲方有权解除合同并要求乙方赔偿损失。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后15日内未纠正的，甲方有权书面通知解除合同，并要求乙方退还相应款项、赔偿损失。
P:12.2 合同解除后，乙方应在10日内向甲方移交已完成的开发成果、源代码、技术文档及全部甲方数据，并删除其留存的数据副本。
P:12.3 因不可抗力致使合同目的不能实现的，任何一方可解除合同。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：江川市市场监督管理局　　　乙方（盖章）：杭州禾量信息技术有限公司
P:签订日期：2025年　月　日
"""

SRC["z02"] = """T:碳纤维球拍铺层及穿线产线控制系统改造合同
P:合同编号：WQP-SB-2025-031
P:甲方：福建晋安体育用品有限公司（网球拍制造厂）
P:乙方：苏州衡拓自动化工程有限公司
P:甲方拟对二号厂房碳纤维预浸料铺层、模压成型后处理及自动穿线产线的控制系统进行改造，经邀请招标确定乙方承担。双方经协商一致，订立本合同。
H:第一条 工程范围
P:1.1 乙方负责提供铺层工位控制柜、穿线机控制改造套件、工位视觉检测相机、工控服务器及网络设备，并提供产线数据采集与MES对接软件的永久许可。
P:1.2 乙方负责定制开发铺层配方管理、穿线张力曲线管理及球拍单支追溯模块，并完成设备安装、调试、与甲方现有MES系统的接口对接及操作培训。
P:1.3 改造须在甲方不停产的前提下分三个批次实施，每批次停线时间不超过72小时。
H:第二条 合同价格
P:2.1 合同总价为人民币壹佰叁拾肆万捌仟元整（¥1,348,000），明细如下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|铺层工位PLC控制柜|6套|58,000|348,000
TB:2|自动穿线机控制改造套件|8台|36,500|292,000
TB:3|工位视觉检测相机|12套|14,800|177,600
TB:4|产线数据采集与MES对接软件许可|1套|186,000|186,000
TB:5|工控服务器及工业交换机|1批|96,400|96,400
TB:|软硬件小计|||1,100,000
TB:6|配方管理及追溯模块定制开发|1项|88,000|88,000
TB:7|安装调试及系统对接|1项|142,000|142,000
TB:8|操作及维护培训|1项|18,000|18,000
TB:|合同总价|||1,348,000
P:2.2 上述价格含设备、软件、运输、保险、安装、调试、培训及税费，甲方不再支付其他费用。
P:2.3 主要设备的品牌、型号及技术参数以附件一《设备技术规格表》为准，乙方不得擅自替换；确需替换的，应事先取得甲方书面同意，且替换设备的性能不得低于原约定。
H:第三条 付款
P:3.1 合同生效后10个工作日内，甲方支付合同总价的20%作为预付款，即¥269,600。
P:3.2 全部设备到货并完成安装调试后，甲方支付合同总价的55%，即¥741,400。到货签收及安装完成不视为验收。
P:3.3 产线通过最终验收后，甲方支付合同总价的25%，即¥337,000。
P:3.4 乙方每次收款前应开具合法有效的增值税专用发票。
H:第四条 交货与安装
P:4.1 乙方应在合同生效后75日内完成全部设备供货，并在甲方通知的停线窗口内完成各批次安装调试。
P:4.2 每批次改造前，乙方应提交施工方案、停线切换方案及回退方案，经甲方生产部、设备部会签后实施；切换失败的，乙方应在停线窗口内恢复原系统运行，确保不影响甲方订单交付。
P:4.3 乙方应派驻项目经理一名、电气工程师及软件工程师各两名常驻现场，项目经理未经甲方同意不得更换。
P:4.4 乙方在甲方厂区作业应遵守甲方安全生产和防静电管理制度，涉及带电作业的须持证上岗并办理作业许可。
H:第五条 验收
P:5.1 验收标准：铺层配方下发与工位执行记录一致率达到全部抽检样本无差错；穿线张力控制偏差不超过±0.3磅；视觉检测对铺层缺角、褶皱的识别准确率不低于98%；单支球拍从铺层到穿线的追溯数据完整；与MES接口连续运行15天无数据丢失。
P:5.2 全部批次投入生产并连续稳定运行30天后，由甲方组织最终验收并签署验收证书。验收不合格的，乙方应在10日内整改后重新验收。
H:第六条 质量保证与维保
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费维修或更换故障部件，并免费提供软件缺陷修复和升级。
P:6.2 服务响应：一级故障（整条产线停线）乙方应在1小时内响应，8小时内到达现场并恢复生产；二级故障（单工位停机）2小时内响应，24小时内修复；其他问题2个工作日内处理。
P:6.3 乙方响应或修复超过上述时限的，每超过1小时向甲方支付¥800，甲方可从应付款或质保金中扣除。
P:6.4 质保期满后，乙方按软硬件小计的8%每年收取维保费（即每年¥88,000），质保期满后三年内不上调；维保服务内容与质保期内相同，年度维保合同另行签订。
H:第七条 知识产权
P:7.1 乙方为本项目定制开发的配方管理及追溯模块、接口程序及其源代码归甲方所有，甲方可自行修改及使用。
P:7.2 乙方标准软件及控制程序库的知识产权仍归乙方，乙方授予甲方永久使用许可，甲方可在本厂区内的其他产线上使用，无需另行付费。
P:7.3 乙方保证所供设备及软件不侵犯任何第三方的知识产权，因此发生的纠纷由乙方负责处理并承担全部费用和赔偿。
H:第八条 数据与保密
P:8.1 铺层配方、张力参数、工艺图纸及全部生产数据属于甲方，乙方不得复制、带离或用于其他客户。
P:8.2 乙方远程维护须经甲方书面审批并通过甲方指定的VPN进行，操作全程记录；乙方应对接入设备采取病毒防护措施。因乙方原因造成数据泄露或被篡改的，乙方应在2小时内通知甲方并承担赔偿责任。
P:8.3 乙方对履约中知悉的甲方工艺、客户及价格信息负有保密义务，合同终止后三年内仍然有效。
H:第九条 技术资料与培训
P:9.1 乙方应在最终验收前向甲方移交电气原理图、接线图、PLC程序备份、软件安装介质、接口说明书、操作及维护手册等技术资料，纸质版两套、电子版一套。
P:9.2 乙方应为甲方设备维修人员、工艺人员及班组长提供不少于5期培训，内容包括控制柜日常维护、配方编辑下发、张力曲线调整、视觉检测模型参数维护及常见故障处理，培训后进行实操考核，考核不合格的人员由乙方免费补训。
P:9.3 质保期内乙方每季度进行一次预防性巡检，重点检查控制柜散热、传感器标定及相机光源衰减情况，并向甲方提交巡检报告。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:10.2 设备或软件不符合合同约定的，乙方应负责更换或修复，并赔偿甲方由此造成的停产损失。
P:10.3 甲方逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。
H:第十一条 分包
P:11.1 乙方可将电气安装、线缆敷设及控制柜柜体加工分包给具备相应资质的第三方，但应提前5个工作日书面告知甲方分包单位名称；乙方对分包部分的质量和安全向甲方负责。
H:第十二条 合同解除
P:12.1 乙方逾期超过45日，或设备经两次整改仍不能通过验收的，甲方有权书面通知解除合同，乙方应退还已收款项并赔偿损失。
P:12.2 任何一方严重违约且在收到书面通知后15日内未纠正的，守约方有权解除合同。
P:12.3 合同解除的，乙方应配合甲方恢复原产线控制系统或移交已完成部分，并交付相应的程序备份和技术资料；已安装且经甲方确认可独立使用的设备，按合同单价结算。
P:12.4 因不可抗力不能履行合同的，受影响一方应在事件发生后3日内通知对方并提供证明，双方协商延期履行；不可抗力持续超过60日的，任何一方可解除合同。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。争议协商不成的，提交厦门仲裁委员会仲裁。
P:13.2 本合同一式四份，双方各执两份，自双方盖章之日起生效。
P:甲方（盖章）：　　　　　　乙方（盖章）：
"""

SRC["z03"] = """帆船培训门店预约及会员管理系统（SaaS）服务合同

合同编号：HF-IT-2025-019
甲方：青岛海风帆船俱乐部管理有限公司
乙方：厦门云帆数智科技有限公司

甲方在青岛、日照、厦门、三亚等地经营30家帆船培训门店及码头服务点。为统一课程预约、船只排班、教练排课和会员储值管理，甲方向乙方订购预约及会员管理系统云服务并委托乙方实施。双方经协商一致，订立本合同。

一、服务内容
（一）乙方通过其云平台向甲方提供预约及会员管理系统服务，包括：课程及体验航次预约、船只与泊位排班、教练排课与课时结算、会员卡及储值管理、微信小程序及门店收银端、经营报表。
（二）服务规模：30家门店，每店不超过8个后台账号，小程序会员数不设上限。
（三）实施服务：乙方负责30家门店的系统配置、原有会员及储值余额数据迁移、小程序页面定制、与甲方财务系统的对账接口开发以及店长和前台人员培训。

二、服务期限
（一）服务期为两个服务年度，第一个服务年度自系统上线验收合格之日起算，每个服务年度为自起算日起连续的三百六十五日。
（二）服务期满前30日内，任何一方均未书面提出不再续期的，本合同自动续期一个服务年度，续期次数不限。续期时乙方有权根据其产品价格体系上调订阅费，上调幅度不超过上一服务年度订阅费的8%，乙方在续期前以邮件通知甲方即可。

三、费用及支付
（一）订阅费：每个服务年度人民币186,000元（30家门店，每店每服务年度6,200元）。
（二）实施费：一次性人民币64,000元。
（三）本合同初始服务期内总金额为人民币436,000元（两个服务年度订阅费372,000元及实施费64,000元）。
（四）订阅费按季度支付，每季度结束后10个工作日内，甲方根据乙方提交的服务报告和发票支付当季订阅费46,500元。实施费在系统上线验收合格后15个工作日内一次性支付。甲方无需支付任何预付款。甲方对服务报告有异议的，应在收到后5个工作日内提出，双方核实后据实结算。

四、实施与上线验收
（一）乙方应在合同签订后45日内完成全部门店配置及数据迁移，并分两批上线：第一批为青岛、日照12家门店，第二批为其余18家门店。
（二）上线验收标准：
1. 30家门店的课程、船只、泊位及教练基础数据配置完成，并经各店店长确认；
2. 迁移后的会员数量、储值余额及剩余课时与甲方原系统导出数据逐条核对一致；
3. 小程序预约、改约、取消、退款流程在每家门店实测通过；
4. 与甲方财务系统的日对账连续七日无差异；
5. 各门店收银端与小票打印机、扫码枪联调正常，店长及前台人员全部完成培训并通过操作考核。
（三）满足上述标准后，甲方出具上线验收单。系统试用或门店实际使用不视为验收合格。
（四）乙方逾期完成上线的，每逾期一日向甲方支付违约金300元，从实施费中扣除。

五、服务水平
（一）系统月可用率不低于99.5%，按每月实际可用分钟数计算，乙方提前48小时通知的计划维护不计入不可用时间。
（二）故障分级及响应：一级故障（全部门店无法预约或收款）乙方应在30分钟内响应，3小时内恢复；二级故障（单店或单一功能不可用）1小时内响应，当日恢复；一般问题1个工作日内答复。
（三）服务补偿：月可用率低于承诺值的，每低0.1个百分点，抵扣当季订阅费的2%；一级故障恢复超时的，每超时1小时抵扣当季订阅费500元。抵扣金额在下期付款中扣减。
（四）乙方每月5日前提交上月服务报告，列明可用率、故障及处理情况，并附各门店故障工单明细。

六、数据
（一）甲方会员信息、预约记录、交易及储值数据（以下简称"甲方数据"）的所有权归甲方。
（二）甲方同意，乙方可将甲方数据经脱敏、汇总处理后，用于帆船及水上运动行业的经营分析报告、产品功能改进和对其他客户的行业对标服务，该项使用在本合同终止后仍可继续，乙方无需另行支付费用。
（三）服务终止后30日内，乙方应将甲方数据以通用格式完整交付甲方。

七、数据安全
（一）乙方应按照《个人信息保护法》《数据安全法》的要求处理会员个人信息，系统应通过网络安全等级保护第二级测评，数据存储于中国境内，传输和存储均需加密，并对后台账号实行最小权限管理和操作留痕。
（二）发生数据泄露、丢失或被非法访问的，乙方应在事件发现后24小时内通知甲方，配合调查并采取补救措施；因乙方原因造成的，乙方承担甲方因此遭受的全部损失，包括向会员承担的赔偿。

八、双方的其他权利义务
（一）甲方应指定一名项目负责人，协调各门店配合实施，按时提供门店资料、课程价目表及原系统数据导出文件，并对其提供资料的真实性负责。
（二）甲方应妥善保管后台账号和密码，因甲方人员泄露账号造成的损失由甲方自行承担，但乙方未履行第七条安全义务的除外。
（三）乙方应在服务期内为甲方配置一名专属客户成功经理，每季度回访各区域门店，汇总使用问题并提出优化建议；乙方应为甲方新开门店提供配置服务，每个服务年度内新增门店不超过5家的，不另收实施费，订阅费按每店每服务年度6,200元按月折算。
（四）乙方对系统进行影响门店操作界面或收银流程的版本升级，应提前7日通知甲方，并在夜间非营业时段进行；升级导致功能异常的，乙方应在2小时内回退至原版本。
（五）乙方应为甲方店长、前台及教练提供上线前集中培训和上线后为期两周的远程驻店支持，并提供操作视频及常见问题手册。

九、保密
双方对合作中获悉的对方商业信息、价格及技术资料负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内持续有效。

十、知识产权
（一）乙方平台及其标准功能的知识产权归乙方。
（二）乙方为甲方定制的小程序页面、报表模板、对账接口程序及相关源代码，其知识产权归甲方，甲方可自行或委托他人修改和使用。

十一、分包
乙方可使用境内云服务商提供的基础设施资源；除此之外，乙方将本合同项下任何服务分包给第三方的，须事先取得甲方书面同意。

十二、责任与解除
（一）任何一方违约给对方造成损失的，应予赔偿。乙方在本合同项下的累计赔偿责任以本合同总金额的两倍为限，但数据安全事故及故意或重大过失造成的损失不受此限。
（二）乙方严重违约，或连续两个月可用率低于承诺值，经甲方书面通知后15日内未改正的，甲方有权解除合同，乙方应退还已付未履行部分的费用。
（三）合同解除或服务期满不再续期的，乙方应提供不少于60日的过渡期，在过渡期内保持系统正常运行，并按甲方要求将会员、储值余额及剩余课时数据迁移至甲方指定的系统，过渡期费用按当期订阅费按日折算。
（四）会员储值资金由甲方通过其自有的收款账户收取，乙方不得以任何方式归集、截留或占用会员储值资金；乙方违反本款的，甲方有权立即解除合同并要求乙方赔偿全部损失。

十三、法律适用及争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商不成的，任何一方可向甲方住所地人民法院起诉。

十四、其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：　　　　　乙方（盖章）：
日期：2025年　月　日
"""

SRC["z04"] = """学校卫生监督检查信息系统运维服务合同

项目名称：学校卫生监督检查信息系统2025—2026年度运维服务
采购方式：竞争性磋商（项目编号：LXCG-2025-CS-0213）
甲方（采购人）：临溪市卫生健康综合监督执法所
乙方（供应商）：南京恒卫软件服务有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就学校卫生监督检查信息系统运维服务事宜，订立本合同。

第一条 服务对象与范围
1、服务对象为甲方学校卫生监督检查信息系统，包括监督检查任务管理、学校基础档案、教学环境卫生检测、传染病防控检查、饮用水卫生检查、移动执法终端及统计分析等模块，部署于甲方机房，并与市卫生健康委数据中心对接。
2、服务内容包括：系统日常监测与巡检、故障处理、数据库维护与备份、操作系统及中间件补丁更新、移动执法终端应用的版本适配、每学期开学前的专项保障、年度检查表单调整（每年不超过20张表单）、用户技术支持与培训。
3、乙方应派驻1名运维工程师在甲方现场工作（工作日8:30—17:30），另安排二线工程师提供远程支持。驻场人员须具有三年以上运维经验，更换须提前10日告知甲方并经甲方认可。

4、乙方应在服务期开始后10个工作日内完成系统现状评估，提交运维服务方案、应急预案及人员名单，经甲方确认后执行。

第二条 服务期限
服务期自2025年7月1日起至2026年6月30日止。服务期满，本合同终止；甲方如需继续采购运维服务，按政府采购规定另行组织采购，本合同不自动续期。

第三条 服务费用与支付
1、本合同服务费总额为人民币叁拾陆万捌仟元整（¥368,000），包含人员、差旅、工具、备品及税费等全部费用。
2、服务费分四期支付，每季度结束后，甲方根据季度考核结果在15个工作日内支付当季服务费¥92,000，扣除按第六条计算的扣款。
3、甲方不预付服务费。乙方应在每次付款前开具合法发票。
4、服务期内新增检查表单超过第一条约定数量，或甲方提出新增功能开发的，不属于本合同运维服务范围，双方另行协商；乙方不得以此为由降低本合同约定的服务水平。

第四条 服务水平
1、故障分级：一级故障指系统整体无法访问或移动执法终端无法提交检查记录；二级故障指单一模块不可用；三级故障指其他功能问题及咨询。
2、响应与处理时限：一级故障15分钟内响应，驻场人员立即处置，2小时内恢复；二级故障30分钟内响应，8小时内解决；三级故障1个工作日内解决。
3、巡检：每日检查服务器、数据库及备份状态，每月提交巡检报告；每学期开学前两周完成一次全面健康检查及压力测试。
4、备份：业务数据每日增量备份、每周全量备份，备份数据每月进行一次恢复演练。
5、重大活动及开学季、传染病高发季保障期间，乙方应安排二线工程师到甲方现场值守，确保监督检查数据按时上报。
6、乙方应通过甲方指定的工单系统登记全部故障和服务请求，工单记录作为季度考核的依据，乙方不得擅自关闭未解决的工单。

第五条 考核与验收
1、甲方按季度对乙方服务进行考核，考核指标包括：故障响应及时率、故障按时解决率、巡检报告按时提交率、用户满意度（抽查基层监督员不少于20人）。各项指标达标且无一级故障超时的，当季考核合格。
2、服务期满前15日内，乙方提交年度运维总结、全部运维记录、变更记录及系统配置文档，甲方对照本合同约定的服务内容和季度考核结果组织年度验收，并出具验收意见。

第六条 违约责任
1、一级故障恢复超过规定时限的，每超时1小时扣减当季服务费¥600；二级故障超时的，每次扣减¥300。
2、乙方未按约定时间完成开学前专项保障、版本适配或表单调整的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
3、季度考核不合格的，扣减当季服务费的10%；乙方应在10日内提交整改报告。连续两个季度考核不合格的，甲方有权要求乙方更换驻场人员及项目负责人。
4、本合同履行期间，双方均不得单方解除合同。乙方出现违约情形的，甲方可依照本条扣减服务费、要求乙方支付违约金并限期整改，乙方应继续履行合同。

第七条 数据安全
1、系统中的学校档案、监督检查记录、检测结果、学生健康相关统计数据等全部数据归甲方所有，乙方仅可为提供本合同约定的运维服务而访问，不得用于其他任何目的。
2、乙方运维操作须通过甲方堡垒机进行，禁止将数据库或备份拷贝至甲方机房以外的设备；需导出数据分析故障的，须经甲方书面批准，并在使用后当场删除。
3、乙方应落实网络安全等级保护第二级要求中与运维相关的安全措施，及时修补高危漏洞，配合甲方开展安全检查和应急演练。乙方每季度应对运维账号进行核查，及时注销离岗人员账号，并向甲方报送核查结果。
4、发生数据泄露、篡改、丢失或系统被入侵等安全事件的，乙方应在1小时内报告甲方，立即采取处置措施并保留证据；因乙方原因导致的，乙方承担全部赔偿责任及相应的法律责任。

第八条 知识产权
运维过程中乙方为甲方编写的脚本、检查表单配置、接口调整程序、运维文档及报告，其知识产权归甲方所有，甲方可自由使用和修改。乙方保证其提供的工具软件不侵犯第三方权利。

第九条 分包
乙方不得将本合同项下的服务转包或者分包给任何第三方。

第十条 培训与服务交接
1、乙方每学期为甲方及各区县卫生监督机构的监督员提供一次移动执法终端及新版检查表单的操作培训，每次培训不少于半天，并提供培训课件和操作视频；新入职监督员可随时申请远程培训。
2、乙方应建立运维知识库，记录常见问题、处理步骤及系统配置变化，并在每季度考核时提交更新内容。
3、服务期满或合同终止时，乙方应在10个工作日内向甲方或甲方指定的后续服务单位完成交接，包括全部账号权限回收、运维文档、脚本、配置清单、未关闭问题清单及备份恢复说明，并配合后续服务单位完成不少于两周的过渡；交接完成前，乙方不得撤离驻场人员。
4、乙方应对驻场及二线人员开展岗前安全培训，并要求其签署安全承诺书，承诺书交甲方存档。

第十一条 甲方义务
1、为驻场人员提供办公场所、网络接入及必要的运维账号。
2、及时组织季度考核和年度验收，按约定支付服务费。
3、系统需求发生变化时，提前通知乙方并与乙方协商实施安排。
4、协调市卫生健康委数据中心及系统原开发单位，为乙方处理接口问题和版本适配提供必要的技术资料与配合。

第十二条 不可抗力
因不可抗力不能履行合同的，受影响一方应及时通知对方，并在10日内提供证明，根据影响程度部分或全部免除责任。

第十三条 法律适用与争议解决
本合同适用中华人民共和国法律。发生争议时，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十四条 其他
本合同一式五份，甲方三份，乙方一份，政府采购监督管理部门备案一份，自双方签字盖章之日起生效。磋商文件、响应文件及成交通知书为本合同的组成部分。

甲方（盖章）：临溪市卫生健康综合监督执法所
乙方（盖章）：南京恒卫软件服务有限公司
签订日期：2025年6月　日
"""

SRC["z05"] = """# 琴艺工坊管理软件许可及定制开发合同

**（乙方标准合同文本 LMSJ-HT-2024 版）**

合同编号：LMSJ-2025-0638

甲方：扬州广陵斫琴坊文化发展有限公司

乙方：无锡漆木数字科技有限公司

甲方因古琴斫制、髹漆及成品管理需要，购买乙方"漆木匠心"工序追踪软件并委托乙方进行定制开发。双方依据《中华人民共和国民法典》，在平等自愿基础上签订本合同，以资共同遵守。

## 第一条 合同标的

1.1 乙方向甲方提供"漆木匠心"工序追踪软件标准版的永久使用许可，包含木料档案（桐木、杉木面板及梓木底板的产地、含水率、陈化年限）、工序追踪（选材、斫制、合琴、披麻挂灰、髹漆、推光、上弦）、漆层干燥记录（荫房温湿度及每道漆的入荫、出荫时间）、成品档案与证书打印等功能。

1.2 乙方按甲方需求定制开发：每床琴的工序模板与师傅签名确认流程、荫房温湿度传感器数据接入、工序追踪看板，以及面向藏家的成品溯源小程序页面，藏家扫描琴腹内的二维码即可查看该床琴的斫制工序、髹漆记录和斫琴师信息。

1.3 乙方负责软件安装部署、基础数据导入及使用培训。

1.4 软件运行所需的服务器、荫房温湿度传感器、网络设备及操作系统由甲方自备，具体配置以乙方提供的《部署环境要求》为准。因甲方自备设备不满足要求导致软件无法正常运行的，乙方不承担责任。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | "漆木匠心"工序追踪软件标准版永久许可（10个并发用户） | 436,000 |
| 2 | 定制开发（工序模板、传感器接入、看板、溯源页面） | 146,000 |
| 3 | 安装部署、数据导入及培训 | 38,000 |
| | 合计 | 620,000 |

合同总价为人民币陆拾贰万元整（¥620,000），含税。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的65%，即¥403,000，乙方收到该笔款项后启动项目。

3.2 系统上线运行后10个工作日内，甲方支付合同总价的35%，即¥217,000。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，乙方有权暂停服务直至甲方付清款项。

## 第四条 交付与上线

4.1 乙方在收到首期款后90日内完成软件部署及定制开发，并通知甲方上线。

4.2 系统上线运行之日，即视为甲方验收合格。甲方在上线后使用系统的，视为对交付成果的认可，不再另行组织验收。

4.3 甲方应在乙方通知上线后3日内确认上线时间；因甲方原因未能按期上线的，自乙方通知之日起满7日视为已上线。

4.4 上线后甲方提出的功能变更或新增需求，不属于本合同定制开发范围，乙方可按人天单价另行报价，双方确认后实施。

## 第五条 免费维护

5.1 乙方自系统上线之日起提供六个月的免费维护，包括软件缺陷修复及远程技术支持。

5.2 免费维护期内，甲方遇到系统紧急故障（系统无法登录或工序记录无法保存）的，乙方在接到甲方通知后24小时内响应，其他问题在3个工作日内响应。

5.3 乙方将尽力在合理时间内排除故障，但不因响应或修复时限承担任何扣款、赔偿或违约金。

5.4 因甲方自行修改配置、使用非乙方认可的硬件或断电、网络故障等原因导致的问题，不属于免费维护范围，乙方可按实际工作量另行收费。

## 第六条 年度维护

6.1 免费维护期满后，甲方应与乙方签订年度维护合同，年度维护费按软件许可费的26%计取，即每年¥113,360。

6.2 年度维护费在每个维护年度开始前一次性支付。甲方未签订年度维护合同的，乙方不再提供任何维护、升级及远程支持服务。

6.3 年度维护服务内容包括软件缺陷修复、标准版升级包、远程技术支持及每年一次的现场回访，现场服务超过一次的，差旅费用由甲方另行承担。

## 第七条 培训与软件升级

7.1 乙方在系统上线前为甲方提供一次集中培训，时长不超过两天，培训对象为甲方管理人员、斫琴师傅及库房人员，培训地点在甲方工坊。超出部分的培训按乙方收费标准另行计费。

7.2 乙方发布的标准版软件升级包，仅向签订年度维护合同的客户提供。定制开发部分不随标准版升级，如需适配，由双方另行协商费用。

7.3 乙方有权根据产品规划调整标准版软件的功能，调整后的功能不低于本合同签订时的主要功能。

## 第八条 甲方义务

8.1 甲方应指定专人负责项目联络，按乙方要求提供木料、工序、师傅及成品的历史资料，并保证资料真实、完整。

8.2 甲方应按时支付合同款项，为乙方人员现场部署和培训提供必要的工作条件。

8.3 甲方应自行做好数据的日常备份，因甲方未备份导致的数据损失由甲方自行承担。

8.4 甲方应确保荫房温湿度传感器持续供电并保持网络连通，传感器的校准和更换由甲方自行负责。

## 第九条 知识产权

9.1 "漆木匠心"软件及乙方为本项目定制开发的工序模板、传感器接入程序、追踪看板、溯源页面及其源代码、文档的知识产权均归乙方所有。

9.2 乙方授予甲方在本单位内部使用上述定制成果的非独占、不可转让的许可，甲方不得修改、反向工程，亦不得许可第三方使用。乙方有权将定制成果用于其他客户。

## 第十条 数据安全

10.1 甲方在系统中录入的木料档案、工序记录、师傅信息、藏家信息及成品资料归甲方所有，乙方仅为提供维护服务而访问，不得用于其他用途。

10.2 乙方远程维护须经甲方同意并使用甲方提供的临时账号，维护完成后由甲方关闭账号；乙方应采取防病毒、访问控制等必要措施保障数据安全。发生数据泄露或丢失的，乙方应在24小时内通知甲方并协助处置，因乙方过错造成的，乙方承担相应赔偿责任。

## 第十一条 保密

双方对履行本合同过程中知悉的对方技术秘密、斫琴工艺、客户名单及经营信息负有保密义务，未经对方书面许可不得向第三方披露，保密期限至该等信息公开之日止。

## 第十二条 违约责任

12.1 乙方无正当理由逾期完成部署的，每逾期一日，按合同总价的万分之八向甲方支付违约金，违约金累计不超过合同总价的5%。

12.2 乙方在本合同项下承担的全部责任（包括违约金及赔偿）累计不超过合同总价的20%，且乙方不承担任何间接损失、利润损失或数据恢复费用。

## 第十三条 合同解除

任何一方严重违反本合同，经对方书面催告后30日内仍未纠正的，守约方有权书面通知解除本合同。合同解除后，甲方已支付的许可费不予退还，定制开发费用按乙方已完成的工作量结算。

## 第十四条 不可抗力

因地震、火灾、洪水、疫情、政府行为等不可抗力导致一方不能履行合同的，该方应及时通知对方，并在不可抗力消除后继续履行；不能履行的部分，双方互不承担责任。

## 第十五条 争议解决

本合同适用中华人民共和国法律。因本合同发生的争议，双方应友好协商；协商不成的，提交扬州仲裁委员会仲裁。

## 第十六条 其他

16.1 本合同未尽事宜，由双方另行协商并签订书面补充协议。

16.2 本合同一式两份，双方各执一份，自双方签字盖章并且甲方支付首期款之日起生效。

甲方（盖章）：　　　　　　　乙方（盖章）：

日期：　　年　　月　　日
"""

SRC["e01"] = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. XOS-SL-2025-114
P:This Software Licence and Services Agreement (the "Agreement") is made between Xi'an Qinling Oilfield Technical Services Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Xi'an, Shaanxi Province (the "Buyer"), and Zagros Petro Software Company LLC, a company registered in Sulaymaniyah, Kurdistan Region of Iraq, with its office on Salim Street, Sulaymaniyah (the "Vendor").
P:The Buyer provides well-logging and reservoir evaluation services to oilfield operators in Shaanxi, Gansu and Xinjiang. The Vendor develops ZagrosLog, a well-log interpretation and petrophysical analysis suite. The Buyer wishes to acquire a perpetual licence of ZagrosLog together with configuration, data migration and training services, and the parties agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the ZagrosLog suite, version 7, including the log editing, petrophysical interpretation, cross-well correlation and reporting modules, together with its documentation and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interpretation templates, calculation scripts, report formats, data-loading routines and interface programs developed by the Vendor specifically for the Buyer under this Agreement, including their source code.
P:1.3 "Final Acceptance" means the Buyer's written confirmation under Article 5.3 that the Software and the Custom Deliverables meet the acceptance criteria.
P:1.4 "Buyer Data" means all well logs, core data, interpretation results, client information and other data supplied by or generated for the Buyer.
H:Article 2 Scope
P:2.1 The Vendor shall grant the licence described in Article 3 and deliver the Software for installation on the Buyer's servers in its Xi'an data room.
P:2.2 The Vendor shall configure the Software to the Buyer's interpretation workflows, develop the Custom Deliverables listed in Annex 1, migrate about 26,000 historical well files from the Buyer's existing system, and provide training to the Buyer's log analysts.
P:2.3 The Vendor shall complete installation, configuration and migration within 120 days after the Effective Date in accordance with the project plan in Annex 2.
P:2.4 The Vendor shall appoint a project manager who speaks English or Chinese and a petrophysicist familiar with the Ordos and Junggar basins. Both shall be on site in Xi'an during configuration, migration and acceptance testing, and the Vendor shall not replace them without the Buyer's consent. The Buyer shall provide office space, server access and sample data, and shall make its senior log analysts available for workshops.
P:2.5 Training shall consist of one administrator course and three analyst courses of three days each, held in Xi'an, with printed course materials in Chinese.
H:Article 3 Licence
P:3.1 The Vendor grants the Buyer a perpetual, irrevocable, non-exclusive licence to install and use the Software for up to 60 concurrent users at any of its offices and field bases in mainland China, for its own business including services to its clients.
P:3.2 The Buyer may make copies of the Software for backup, testing and disaster recovery. The licence may be transferred to an affiliate of the Buyer on written notice to the Vendor.
H:Article 4 Price and Payment
P:4.1 The total price of this Agreement is CNY 1,510,000 (the "Contract Price"), made up of: perpetual licence fee CNY 1,260,000; configuration, custom development and data migration CNY 214,000; training CNY 36,000. The Contract Price is fixed and includes all taxes, travel and expenses.
P:4.2 The Buyer shall pay: (a) 10% of the Contract Price (CNY 151,000) within 20 days after signature, against the Vendor's invoice; (b) 65% (CNY 981,500) within 20 days after installation of the Software and completion of data migration, which does not amount to acceptance; and (c) 25% (CNY 377,500) within 20 days after Final Acceptance.
P:4.3 Payments shall be made in CNY by bank transfer to the account named by the Vendor. Each party bears its own bank charges.
H:Article 5 Acceptance
P:5.1 After installation and migration the Vendor shall notify the Buyer that the system is ready for acceptance testing. The Buyer shall carry out the tests in Annex 3 within 30 days.
P:5.2 The acceptance criteria are: (a) every function in the technical specification works as described; (b) a sample of 500 migrated wells matches the source files curve by curve with no missing or shifted depth data; (c) interpretation results on 20 reference wells agree with the Buyer's benchmark results within the tolerances in Annex 3; (d) batch processing of 200 wells completes within 2 hours; and (e) the system runs for 30 consecutive days without a Severity 1 fault.
P:5.3 When all criteria are met the Buyer shall issue a Final Acceptance certificate. Installation, use of the Software in production or payment of any instalment does not constitute acceptance. If a test fails, the Vendor shall correct the defects within 15 days and the test shall be repeated.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with the specification for 24 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply all new versions and provide remote and on-site support free of charge.
P:6.2 Severity 1 faults (the Software cannot be used by any user or interpretation results are corrupted) shall be responded to within 2 hours and resolved or worked around within 24 hours. Severity 2 faults shall be responded to within 8 hours and resolved within 3 business days. Support is available in English and Chinese.
P:6.3 If the Vendor misses a response or resolution time, it shall pay the Buyer a service credit of CNY 1,000 for each hour of delay, which the Buyer may deduct from any amount due to the Vendor.
P:6.4 After the Warranty Period, the Buyer may order annual support at 11% of the licence fee, that is CNY 138,600 per year, fixed for the three years after the Warranty Period. Annual support covers the same services as the Warranty Period. Support is ordered each year by a separate purchase order and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Vendor, subject to the licence in Article 3.
P:7.2 All rights in the Custom Deliverables vest in the Buyer on creation. The Vendor shall deliver their source code at Final Acceptance. The Buyer may use, modify and license the Custom Deliverables freely.
P:7.3 The Vendor shall defend and indemnify the Buyer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 8 Data Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor shall use Buyer Data only to perform this Agreement and shall not copy, keep or use it for any other purpose.
P:8.2 The Vendor shall access the Buyer's systems only through the Buyer's VPN with individual accounts approved for each session. It shall not transfer Buyer Data out of the Buyer's systems or out of mainland China, and shall comply with the PRC Data Security Law and Personal Information Protection Law.
P:8.3 The Vendor shall notify the Buyer within 24 hours of any actual or suspected unauthorised access to, loss of or disclosure of Buyer Data, shall take all steps to contain it, and shall be liable for the Buyer's resulting losses.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, including well locations, reservoir data and commercial terms, and shall not disclose it without the other party's prior written consent. This obligation survives for five years after termination.
H:Article 10 Delay Damages and Liability
P:10.1 If the Vendor fails to make the system ready for acceptance testing by the date in Article 2.3, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to breach of Articles 8 or 9, infringement claims, fraud, or wilful misconduct.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of its obligations without the Buyer's prior written consent. The Vendor remains fully responsible for any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not cure it within 30 days after receiving notice of it.
P:12.2 The Buyer may also terminate by written notice if the delay damages under Article 10.1 reach their maximum. On termination by the Buyer for the Vendor's breach, the Vendor shall refund all amounts paid for work not accepted.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the Republic of Iraq.
P:13.2 Any dispute shall first be negotiated in good faith for 30 days. If not settled, it shall be finally resolved by arbitration in Sulaymaniyah, Kurdistan Region of Iraq, before three arbitrators, in the English language.
H:Article 14 General
P:14.1 This Agreement, with Annex 1 (Custom Deliverables), Annex 2 (Project Plan) and Annex 3 (Acceptance Tests), is the entire agreement of the parties. Amendments must be in writing and signed by both parties.
P:14.2 Neither party is liable for failure to perform caused by force majeure, provided it notifies the other party promptly and resumes performance as soon as possible.
P:14.3 This Agreement is signed in two English originals and takes effect on the date of the last signature (the "Effective Date").
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

SRC["e02"] = """# ORDER FORM AND GENERAL TERMS

**LinguaBridge Translation Management Platform - Order Form No. LB-CN-2025-07**

This Order Form is entered into between **Yiwu Silkroad Commodities Trading Co., Ltd.**, a company incorporated in the People's Republic of China, with its registered office in Yiwu, Zhejiang Province ("Customer"), and **Nohadra Language Technologies Ltd.**, a company registered in Duhok, Kurdistan Region of Iraq, with its principal office on Kawa Street, Duhok ("Provider"). It consists of Part A (Order Details) and Part B (General Terms). If the two parts conflict, Part A prevails.

## PART A - ORDER DETAILS

### A1. Subscribed Service

Provider will make available to Customer the LinguaBridge cloud translation management platform, including the translation memory, terminology base, machine translation pre-editing, reviewer workflow, product catalogue connector and reporting modules (the "Service"), for use by Customer's product listing, customer support and export documentation teams translating between Chinese, English, Arabic, Kurdish (Sorani and Kurmanji), Turkish and Persian.

### A2. Subscription Term

The Subscription Term is two Subscription Years. The first Subscription Year starts on the date of Go-Live Acceptance under A4. Each Subscription Year is a period of 365 consecutive days. The Subscription Term ends at the end of the second Subscription Year and does not renew automatically; any further subscription requires a new Order Form signed by both parties.

### A3. Fees

| Item | Quantity | Unit price (CNY) | Amount (CNY) |
|---|---|---|---|
| Subscription Year 1, named user seats | 120 seats | 1,450 per seat per year | 174,000 |
| Subscription Year 2, named user seats | 120 seats | 1,450 per seat per year | 174,000 |
| Onboarding: set-up, migration of existing translation memories and glossaries, catalogue connector, training (one-time) | 1 | 26,000 | 26,000 |
| **Total Order Value** | | | **374,000** |

All fees are in CNY and include VAT. Machine translation characters are included without limit. Additional seats added during the term are charged pro rata at the same unit price and are not part of the Total Order Value.

### A4. Onboarding and Go-Live Acceptance

4.1 Provider will set up Customer's tenant, import Customer's existing translation memories (about 1.8 million segments) and glossaries, configure the connector to Customer's product catalogue system, and train Customer's users. Provider targets Go-Live within 45 days after signature of this Order Form.

4.2 Go-Live Acceptance tests: (a) all imported segments and glossary entries are present and searchable, verified on a sample of 2,000 segments; (b) the catalogue connector transfers 500 test product listings in both directions without loss of fields or formatting; (c) the reviewer workflow, user roles and reports work as described in the Service documentation; (d) the Service runs for 10 business days of parallel use without a Severity 1 incident.

4.3 When the tests are passed, Customer signs a Go-Live Acceptance certificate. Use of the Service during parallel running does not constitute acceptance. If a test fails, Provider will correct the defect and the test will be repeated.

### A5. Invoicing and Payment

5.1 Subscription fees are invoiced quarterly in advance, CNY 43,500 per quarter, starting on the first day of the first Subscription Year. The Onboarding fee is invoiced after Go-Live Acceptance.

5.2 Customer pays each invoice within 30 days of receipt by bank transfer in CNY. No amount is payable before Go-Live Acceptance.

### A6. Approved Subprocessors

Hosting: Alibaba Cloud (Hangzhou region), mainland China. Email delivery: a mainland China email service provider named in the Service documentation. No other subprocessor is approved.

## PART B - GENERAL TERMS

### 1. Service Levels

1.1 Provider will make the Service available at least 99.95% of each calendar month, excluding scheduled maintenance announced at least 72 hours in advance and carried out between 00:00 and 06:00 Beijing time.

1.2 Severity 1 incidents (the Service is unavailable to all users or data is lost) will be responded to within 30 minutes and restored within 6 hours, at all times. Severity 2 incidents (a major function is unavailable) will be responded to within 2 hours during Business Hours and fixed within 2 Business Days. Other requests will be answered within 1 Business Day.

1.3 If monthly availability falls below the commitment in 1.1, Customer receives a service credit of 5% of the monthly fee for each 0.1 percentage point or part of it, up to 50% of the monthly fee. A missed Severity 1 response or restoration time earns a credit of CNY 800 per hour late. Credits are deducted from the next invoice.

1.4 Provider will publish a monthly service report showing availability, incidents and credits.

### 2. Customer Data

2.1 All content, translation memories, glossaries, product data and personal data uploaded to or created in the Service by or for Customer ("Customer Data") belong to Customer. Provider may use Customer Data only to provide the Service to Customer and for no other purpose, and will not use it to train machine translation models for any other customer.

2.2 Within 30 days after the end of the Subscription Term, Provider will return all Customer Data in TMX, TBX and CSV formats and then delete it from its systems, confirming deletion in writing.

### 3. Data Security

3.1 Provider will host Customer Data only in mainland China, encrypt it in transit and at rest, apply role-based access control and multi-factor authentication, keep access logs for at least six months, and comply with the PRC Data Security Law and Personal Information Protection Law.

3.2 Provider will notify Customer within 24 hours after becoming aware of any security incident affecting Customer Data, will take immediate steps to contain it, and will be responsible for losses caused to Customer by any incident resulting from Provider's failure to comply with this Section.

### 4. Confidentiality

Each party will keep confidential all non-public information received from the other party, use it only for the purposes of this Order Form and not disclose it to third parties except to its employees and advisers who need to know it and are bound by similar duties. This Section survives for three years after the end of the Subscription Term.

### 5. Intellectual Property

5.1 Provider owns the Service and its underlying software. Customer receives a right to use the Service during the Subscription Term.

5.2 The catalogue connector configuration, custom workflows and report templates created for Customer during onboarding belong to Customer, which may use, modify and have them used by third parties freely. Customer Data remains Customer's in all cases.

### 6. Subprocessors

Provider may use the subprocessors listed in A6. Provider will not engage any additional or replacement subprocessor or subcontractor without Customer's prior written consent, and remains responsible for the acts of all subprocessors.

### 7. Warranties

Provider warrants that the Service will perform materially in accordance with its documentation and that it will provide the Service with reasonable skill and care and in compliance with applicable PRC laws.

### 8. Customer Responsibilities

Customer will nominate a project contact for onboarding, supply its existing translation memories and glossaries in a standard export format, provide test access to its product catalogue system, and ensure that its users keep their login credentials secret. Customer is responsible for the lawfulness of the content it uploads and for obtaining any consents needed for personal data contained in customer support messages. Customer will tell Provider promptly if it becomes aware of any unauthorised use of its accounts.

### 9. Limitation of Liability

9.1 Neither party is liable for indirect or consequential loss, or for loss of profit.

9.2 Provider's total liability arising out of or in connection with this Order Form in any calendar year is limited to the fees paid by Customer in the six months immediately preceding the event giving rise to the claim.

9.3 The limits in this Section do not apply to breach of Section 3 or Section 4, or to fraud or wilful misconduct.

### 10. Term and Termination

10.1 This Order Form begins on signature and continues until the end of the Subscription Term.

10.2 Either party may terminate this Order Form by written notice if the other party commits a material breach and fails to cure it within 30 days after written notice. If Customer terminates for Provider's breach, Provider will refund any prepaid fees for the period after termination.

10.3 On termination, Section 2.2 applies.

### 11. Governing Law and Disputes

This Order Form is governed by the laws of the People's Republic of China. Any dispute will be submitted to the Shanghai Arbitration Commission for arbitration in Shanghai under its rules in force at the time. The arbitral award is final and binding.

### 12. General

12.1 Notices must be in writing and sent by email with a copy by courier to the addresses in this Order Form.

12.2 Neither party may assign this Order Form without the other party's prior written consent.

12.3 This Order Form is executed in English in two originals, one for each party.

Signed for Customer: ____________________ Signed for Provider: ____________________
"""

SRC["e03"] = """T:SUPPLY AND LICENCE CONTRACT - COLD-CHAIN SENSORS AND MONITORING SOFTWARE
P:Contract No. GZYK-PUR-2025-0329
P:Buyer: Guangzhou Yikang Pharmaceutical Distribution Co., Ltd., Huangpu District, Guangzhou, People's Republic of China (the "Buyer").
P:Supplier: Halab Instruments and Controls Co., a company registered in Aleppo, Syrian Arab Republic, with its workshop in the Sheikh Najjar industrial city, Aleppo (the "Supplier").
P:The Buyer operates four GSP-certified pharmaceutical warehouses in Guangzhou and Foshan with cold rooms, freezer rooms and refrigerated loading docks. Following a competitive tender, the Buyer has selected the Supplier to supply wireless temperature and humidity sensors, gateways and a monitoring software licence, and to install, calibrate and commission the system. This Contract is on the Buyer's standard purchasing terms.
H:1. Definitions and Documents
P:1.1 "System" means the sensors, gateways, server, monitoring software and all related services described in this Contract and in Annex 1 (Technical Specification).
P:1.2 "Final Acceptance" means the Buyer's signature of the Final Acceptance Certificate under Clause 5.
P:1.3 "Buyer Data" means all temperature, humidity, alarm, audit-trail and user records generated by the System, and all other data of the Buyer processed by the Supplier.
P:1.4 The Contract documents are, in order of precedence: this Contract, Annex 1, Annex 2 (Acceptance Test Plan), the tender documents and the Supplier's bid.
H:2. Scope of Supply
P:2.1 The Supplier shall supply the items in the price table in Clause 3, new and unused, of the brands and models stated in Annex 1.
P:2.2 The Supplier shall install the sensors in the positions fixed by the Buyer's temperature mapping study, install and configure the gateways and server, configure the monitoring software, and integrate alarms with the Buyer's SMS gateway and warehouse management system.
P:2.3 The Supplier shall calibrate every sensor against a reference traceable to a national standard and issue a calibration certificate for each sensor.
P:2.4 The Supplier shall train the Buyer's quality assurance, warehouse and IT staff in three sessions held in Guangzhou: one on daily monitoring and alarm handling, one on audit-trail review, reports and deviation records, and one on system administration, backup and replacement of sensors and gateways. Training materials shall be supplied in Chinese, and each participant shall pass a short practical test.
H:3. Price
P:3.1 The Contract Price is CNY 1,192,000, fixed and inclusive of VAT, delivery to the Buyer's warehouses, insurance, installation, calibration and training, as set out below:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, -40 to +60 C|420|1,150|483,000
TB:2|LoRa gateway with 4G backup|36|6,400|230,400
TB:3|Monitoring software, perpetual site licence, GSP audit-trail module|1|268,000|268,000
TB:4|Monitoring server with UPS|1|61,600|61,600
TB:|Hardware and Licence Subtotal|||1,043,000
TB:5|Installation, configuration and integration|1 lot|97,000|97,000
TB:6|Calibration and calibration certificates|420 sensors|-|38,000
TB:7|Training|3 sessions|-|14,000
TB:|Contract Price|||1,192,000
H:4. Payment and Delivery
P:4.1 The Buyer shall pay 10% of the Contract Price (CNY 119,200) within 15 days after signature, against a bank guarantee of the same amount.
P:4.2 The Buyer shall pay 55% of the Contract Price (CNY 655,600) within 20 days after delivery and installation at all four warehouses. Delivery and installation do not constitute acceptance.
P:4.3 The Buyer shall pay 35% of the Contract Price (CNY 417,200) within 20 days after Final Acceptance.
P:4.4 The Supplier shall deliver all items within 60 days after signature and complete installation and calibration within 100 days after signature.
P:4.5 The Supplier is responsible for export licences, shipping, customs clearance in China, import duties and delivery to each warehouse. Each shipment shall be accompanied by a packing list, certificates of origin and conformity, and the manufacturer's test reports. Sensors shall be packed so that they are not exposed to moisture or impact during transport.
P:4.6 Installation work in the cold rooms shall be planned with the Buyer's warehouse managers so that stored products remain within their labelled temperature ranges at all times. The Supplier shall not switch off or move any existing monitoring device until the new sensor in the same position has been commissioned and checked by the Buyer's quality assurance staff.
P:4.7 The Supplier shall appoint a project manager and at least two installation engineers, who shall follow the Buyer's site safety, hygiene and GSP rules, including protective clothing in freezer rooms and restrictions on access to storage areas. The Buyer may require the removal of any person who does not follow these rules.
P:4.8 The Supplier shall provide, at no extra charge, a stock of spare sensors equal to 3% of the installed quantity and one spare gateway per warehouse, to be held at the Buyer's premises during the warranty.
H:5. Acceptance
P:5.1 The acceptance criteria are: (a) every sensor reads within plus or minus 0.3 C and 2% relative humidity of the reference instrument at three test points; (b) alarms reach the duty phone and the SMS gateway within 60 seconds in every cold room during a simulated door-open and power-failure test; (c) gateway failover to 4G works without data loss; (d) the audit trail and electronic signatures meet GSP Annex requirements, as verified by the Buyer's quality assurance department; and (e) the System runs for 30 consecutive days without a Severity 1 fault and without gaps in recorded data.
P:5.2 When all criteria are met, the Buyer shall sign the Final Acceptance Certificate. Installation, operational use or payment does not constitute acceptance. If any criterion is not met, the Supplier shall remedy the defect within 10 days at its own cost and the relevant tests shall be repeated.
H:6. Warranty and Maintenance
P:6.1 The Supplier warrants the System for 36 months from Final Acceptance. During the warranty the Supplier shall repair or replace defective items free of charge, supply software updates and carry out annual re-calibration of all sensors.
P:6.2 Severity 1 faults (loss of monitoring or alarms in any cold room or freezer room) shall be responded to within 1 hour and fixed within 8 hours, with a spare gateway kept at each warehouse. Severity 2 faults (a single sensor or non-critical function) shall be fixed within 2 business days.
P:6.3 For each hour by which the Supplier exceeds a response or fix time, it shall pay the Buyer CNY 600, deductible from any amount due to the Supplier.
P:6.4 After the warranty, the Buyer may order maintenance covering the same services at 7% of the Hardware and Licence Subtotal per year (CNY 73,010), fixed for two years after the warranty ends. Maintenance is ordered by separate purchase order and does not renew automatically.
H:7. Intellectual Property
P:7.1 The monitoring software remains the property of its licensor; the Buyer receives a perpetual licence for all its sites.
P:7.2 Configurations, alarm rules, report templates and integration programs developed for the Buyer belong to the Buyer, which may use, modify and license them freely. The Supplier shall deliver their source code and configuration files at Final Acceptance.
H:8. Buyer Data and Data Security
P:8.1 Buyer Data belongs to the Buyer. The Supplier may use Buyer Data only to perform this Contract and shall not copy, keep or disclose it.
P:8.2 The System shall be installed on the Buyer's network. The Supplier shall access it remotely only through the Buyer's VPN after approval for each session, shall not transfer Buyer Data outside the Buyer's systems or outside mainland China, and shall comply with the PRC Data Security Law.
P:8.3 The Supplier shall report any security incident affecting Buyer Data within 12 hours, take remedial measures at its own cost and compensate the Buyer for resulting losses.
H:9. Confidentiality
P:9.1 Each party shall keep confidential the other party's non-public information, including warehouse layouts, product and customer data and prices, and shall not disclose it without the other party's written consent. This obligation survives termination for five years.
H:10. Delay and Liability
P:10.1 If the Supplier fails to complete installation and calibration by the date in Clause 4.4, it shall pay liquidated damages of 0.08% of the Contract Price per day of delay, up to 10% of the Contract Price.
P:10.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, fraud, wilful misconduct and breach of Clauses 8 and 9, which are not limited.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains responsible for any approved subcontractor.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after notice, or if the delay damages under Clause 10.1 reach their maximum. The Supplier shall then refund all payments for items not accepted.
H:13. Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China.
P:13.2 Disputes shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou.
H:14. General
P:14.1 Amendments must be in writing and signed by both parties. This Contract is signed in English and Chinese; both versions are equally valid.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

SRC["e04"] = """# MANAGED IT SERVICES AGREEMENT

**Agreement No. TJHY-MSA-2025-02**

**Between:** Tianjin Haiyun International Shipping Agency Co., Ltd., a company incorporated in the People's Republic of China, registered office in Binhai New Area, Tianjin ("Customer"),

**and:** Ugarit Digital Services LLC, a company registered in Latakia, Syrian Arab Republic, with its service centre on Baghdad Street, Latakia ("Provider").

**Background.** Customer acts as shipping agent for vessels calling at Tianjin, Qingdao and Dalian, with 420 staff in three offices and two port-side operations rooms. Customer wishes to outsource its IT service desk, end-user device management and office network operations to Provider for 36 months. Provider has experience in supporting shipping agencies in the Eastern Mediterranean and will deliver the services through a bilingual remote team and a local on-site team in Tianjin.

## 1. Definitions

1.1 "Services" means the services described in Schedule 1.

1.2 "Service Levels" means the levels described in Schedule 2; "Service Credits" means the credits set out there.

1.3 "Charges" means the charges set out in Schedule 3.

1.4 "Customer Data" means all data, documents, emails, vessel and cargo records and personal information of Customer or its principals that Provider handles in performing the Services.

1.5 "Service Commencement Date" means the date on which Customer signs the Transition Acceptance certificate under Section 3.

## 2. Term

2.1 This Agreement starts on signature. The Services run for 36 months from the Service Commencement Date (the "Service Term").

2.2 This Agreement expires at the end of the Service Term. Any extension requires a written amendment signed by both parties. There is no automatic renewal.

## 3. Transition

3.1 Provider shall carry out the transition described in Schedule 1, Part B, and shall complete it within 60 days after signature (the "Transition Date").

3.2 Transition Acceptance criteria: (a) all 520 end-user devices are enrolled in the device management tool and reported compliant; (b) the service desk has handled live tickets for 10 business days in parallel with Customer's existing team, meeting the Service Levels in Schedule 2; (c) runbooks for all services in Schedule 1 have been delivered and approved by Customer's IT manager; (d) the knowledge transfer sessions listed in Schedule 1, Part B have been completed.

3.3 When the criteria are met, Customer signs a Transition Acceptance certificate. Parallel running does not constitute acceptance. If a criterion is not met, Provider shall remedy the shortfall and the relevant test shall be repeated.

3.4 If Transition Acceptance is not achieved by the Transition Date for reasons attributable to Provider, Provider shall pay liquidated damages of CNY 1,200 for each day of delay, up to CNY 72,000 in total.

## 4. Service Levels and Service Credits

4.1 Provider shall meet the Service Levels in Schedule 2 every month and report performance in a monthly service report delivered by the fifth business day of the following month.

4.2 If Provider fails to meet a Service Level, Customer is entitled to the Service Credits in Schedule 2, which are deducted from the next invoice. Service Credits are a price adjustment and do not limit Customer's other remedies for repeated or serious failures.

4.4 Provider shall keep the on-site team at the staffing level in Schedule 1 at all times, shall cover absences with qualified replacements, and shall not reduce the number of Chinese-speaking service desk agents without Customer's agreement.

4.3 The parties shall hold a monthly service review and a quarterly governance meeting to discuss performance, incidents, improvements and changes.

## 5. Charges and Payment

5.1 Customer shall pay the Charges set out in Schedule 3. The Monthly Service Charge is invoiced monthly in arrears. The Transition Fee is invoiced after Transition Acceptance.

5.2 Customer shall pay each undisputed invoice within 30 days of receipt. No advance payment is due under this Agreement.

5.3 The Charges are fixed for the Service Term. Device numbers may vary by up to 10% without any change in the Charges.

## 6. Customer Data

Customer Data remains the property of Customer. Provider shall use Customer Data only to perform the Services and shall return it to Customer on request and at the end of the Service Term.

## 7. Confidentiality

Each party shall keep confidential all non-public information received from the other party in connection with this Agreement, including information about Customer's principals, vessels, cargo and rates, and shall not disclose it to any third party without the other party's prior written consent, except to its employees who need to know it. This Section survives for five years after the end of this Agreement.

## 8. Intellectual Property

8.1 Runbooks, scripts, configuration baselines, knowledge articles and reports prepared by Provider for Customer under this Agreement belong to Customer, which may use and modify them freely and give them to any replacement provider.

8.2 Provider keeps ownership of its own tools and methods, and grants Customer a free licence to use any of them embedded in the deliverables above.

## 9. Subcontracting

Provider may subcontract on-site support, device logistics and any other part of the Services to affiliates or third-party subcontractors by giving Customer written notice at least ten business days before the subcontractor starts work. Provider remains responsible for the performance of its subcontractors.

## 10. Liability

10.1 Neither party is liable for indirect or consequential loss.

10.2 Each party's total liability under this Agreement is limited to 150% of the total Charges payable over the Service Term, except for liability for death or personal injury, fraud or wilful misconduct, which is not limited.

## 11. Termination

11.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and fails to remedy it within 30 days after written notice, or if Provider fails the same Critical Service Level in three consecutive months.

11.2 On expiry or termination Provider shall provide exit assistance for up to 60 days at the Monthly Service Charge pro rata, including handover of all documentation, credentials and Customer Data to Customer or a replacement provider.

## 12. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Tianjin Arbitration Commission for arbitration in Tianjin. The award is final and binding on both parties.

## 13. General

This Agreement, with its Schedules, is the entire agreement of the parties. Amendments must be in writing and signed by both parties. Neither party is liable for delay caused by force majeure. This Agreement is signed in English in two originals.

## Schedule 1 - Services

**Part A - Run Services**

| Service | Scope | Hours |
|---|---|---|
| Service desk | Telephone, email and portal support in Chinese and English for 420 users; ticket logging, triage and first-line resolution | 24 x 7 |
| End-user devices | Management of 520 laptops, desktops and tablets: imaging, patching, software distribution, asset records, replacement logistics | Business hours |
| Office network | Monitoring and changes for LAN, Wi-Fi, firewalls and internet links at three offices and two operations rooms | 24 x 7 monitoring |
| On-site support | Two engineers in Tianjin, visits to Qingdao and Dalian within one business day | Business hours |
| Reporting | Monthly service report, quarterly improvement plan | Monthly |

**Part B - Transition**

| Activity | Deliverable | Due |
|---|---|---|
| Discovery | Inventory of users, devices, network and open tickets | Day 15 |
| Knowledge transfer | Six sessions with Customer's IT team, recorded | Day 30 |
| Tool set-up | Service desk portal, device management tool, monitoring | Day 40 |
| Parallel running | Ten business days of live tickets | Day 60 |

## Schedule 2 - Service Levels and Service Credits

| Priority | Definition | Response | Resolution | Credit if missed |
|---|---|---|---|---|
| P1 | Operations room or a whole office cannot work, or vessel documentation systems unavailable | 15 minutes | 3 hours | CNY 2,000 per incident plus CNY 500 per hour late |
| P2 | A group of users or a key application affected | 30 minutes | 8 hours | CNY 800 per incident |
| P3 | A single user affected | 2 hours | 2 business days | CNY 100 per incident |
| Service desk | Calls answered within 30 seconds, monthly average | 90% of calls | - | 2% of the Monthly Service Charge |

P1 is a Critical Service Level. Total Service Credits in a month are capped at 20% of the Monthly Service Charge.

## Schedule 3 - Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition Fee | One-time, after Transition Acceptance | 58,000 |
| Monthly Service Charge | 36 months x CNY 46,500 | 1,674,000 |
| **Total Charges over the Service Term** | | **1,732,000** |

Additional devices above the tolerance in Section 5.3 are charged at CNY 85 per device per month. Project work outside Schedule 1 is quoted separately and is not part of the Total Charges.

Signed for Customer: ____________________ Signed for Provider: ____________________
"""

SRC["e05"] = """DATA SUBSCRIPTION AGREEMENT
GRAIN AND OILSEED MARKET DATA API

Agreement No. ZZGT-DS-2025-11

THIS AGREEMENT is made between:

(1) Zhengzhou Zhongyuan Grain Trading Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Zhengdong New District, Zhengzhou, Henan Province ("Customer"); and

(2) Orontes Agri-Data Company, a company registered in Hama, Syrian Arab Republic, with its office on Al-Quwatli Street, Hama ("Provider").

BACKGROUND

Provider collects and publishes daily wholesale, port and farm-gate prices, crop condition reports, shipping line-ups and weather indicators for wheat, barley, lentils, chickpeas, cotton seed and sunflower seed in the Eastern Mediterranean, the Black Sea region and the Middle East. Customer imports and trades grain and oilseeds and wishes to receive this data through Provider's API and web portal for use by its trading, risk and research teams.

1. DEFINITIONS

1.1 "Data" means the market prices, indices, reports, line-ups, forecasts and other content delivered by Provider through the API and the portal.

1.2 "API" means Provider's REST application programming interface, with the endpoints and fields described in Schedule A.

1.3 "Subscription Year" means a period of 365 consecutive days. The first Subscription Year starts on the date of Delivery Confirmation under Clause 4.

1.4 "Customer Data" means the watch lists, portfolios, position files, query logs, user details and any other data that Customer or its users upload to or create in the portal or the API.

1.5 "Authorised Users" means up to 25 named employees of Customer and its wholly owned subsidiaries in mainland China.

2. SUBSCRIPTION

2.1 Provider grants Customer a non-exclusive, non-transferable right during the Subscription Term to access the API and portal, to load the Data into Customer's internal systems, and to use the Data for Customer's internal trading, risk management and research.

2.2 Customer may include limited extracts of the Data in internal reports and in reports to its banks and auditors, provided the source is acknowledged. Customer shall not resell the Data or publish it.

2.3 Provider shall also deliver a one-time historical backfill of daily data from 2015 onward for all covered commodities and markets, and shall build custom data mappings that translate Provider's market codes into Customer's internal commodity and location codes (the "Custom Mappings").

2.4 Customer shall appoint an administrator who creates and removes accounts for Authorised Users and issues API keys to Customer's systems. Customer shall keep API keys secret, shall not share user accounts, and shall tell Provider promptly if it suspects that a key or account has been misused. Provider may temporarily block a key that is used in clear breach of Clause 2.2 after informing Customer's administrator.

2.5 Customer may ask for additional commodities, markets or fields. Provider will quote for them separately, and any additional subscription is agreed in writing and is not included in the fees in Clause 5.

3. TERM AND RENEWAL

3.1 The initial Subscription Term is two Subscription Years.

3.2 At the end of the initial Subscription Term, and at the end of each renewal period, this Agreement renews automatically for a further Subscription Year unless either party gives written notice of non-renewal at least 60 days before the end of the current period.

3.3 For each renewal period Provider may increase the annual subscription fee by up to 9% over the fee for the previous Subscription Year, by notice to Customer sent by email at least 75 days before the renewal date.

4. DELIVERY AND DELIVERY CONFIRMATION

4.1 Provider shall make the API available, deliver the historical backfill and deliver the Custom Mappings within 40 days after signature (the "Delivery Date").

4.2 Delivery Confirmation criteria: (a) all endpoints in Schedule A return data for every covered commodity and market; (b) the historical backfill is complete, with no missing trading days other than published market holidays, verified on a sample of 50 series; (c) the Custom Mappings map every Provider code used in the Data to a Customer code, and a test load into Customer's data warehouse completes without rejected records; (d) daily updates arrive for 10 consecutive business days.

4.3 When the criteria are met, Customer shall issue a Delivery Confirmation. Access to the API during testing does not constitute confirmation. If a criterion is not met, Provider shall correct the shortfall and the test shall be repeated.

4.4 If Provider does not achieve Delivery Confirmation by the Delivery Date for reasons within its control, it shall pay Customer liquidated damages of CNY 400 per day of delay, up to CNY 20,000.

5. FEES AND PAYMENT

5.1 Fees under this Agreement:
   Subscription Year 1 ........................ CNY 228,000
   Subscription Year 2 ........................ CNY 228,000
   Set-up fee (backfill and Custom Mappings) .. CNY 16,000
   Total for the initial Subscription Term ..... CNY 472,000

5.2 The annual subscription fee is invoiced quarterly in advance, CNY 57,000 per quarter, with the first quarter invoiced on the first day of the first Subscription Year. The set-up fee is invoiced after Delivery Confirmation.

5.3 Customer shall pay each invoice within 30 days of receipt by bank transfer in CNY. All fees include applicable taxes. Nothing is payable before Delivery Confirmation.

6. SERVICE AND SUPPORT

6.1 Provider will use commercially reasonable efforts to keep the API and the portal available and to publish each day's Data as early as practicable after the relevant markets close. Provider may suspend access for maintenance, upgrades or reasons beyond its control.

6.2 Support is provided by email during Provider's business hours (Sunday to Thursday). Provider will try to answer support requests promptly but does not commit to any response or resolution time.

6.3 Provider does not warrant that the Data is complete or free of errors. Provider shall correct errors in the Data that Customer reports to it as soon as reasonably possible.

7. CUSTOMER DATA AND DATA SECURITY

7.1 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the API and portal to Customer and shall not use, analyse or share it for any other purpose, including the preparation of market commentary or products for others.

7.2 Provider shall store Customer Data on servers in mainland China operated by a cloud provider approved by Customer, encrypt it in transit and at rest, restrict access to named support staff with multi-factor authentication and logged access, and comply with the PRC Data Security Law and Personal Information Protection Law.

7.3 Provider shall notify Customer within 24 hours of any actual or suspected security incident affecting Customer Data, take immediate measures to contain it, cooperate with Customer's investigation, and compensate Customer for losses caused by the incident where it results from Provider's breach of this Clause.

7.4 At the end of the Subscription Term Provider shall return Customer Data in CSV format and delete it from its systems within 30 days, and confirm the deletion in writing.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential all non-public information received from the other party, including Customer's positions, trading interests and counterparties, and Provider's methods and pricing, and shall not disclose it to third parties without the other party's prior written consent.

8.2 This Clause survives for five years after the end of this Agreement.

9. INTELLECTUAL PROPERTY

9.1 Provider owns the Data and the API. Customer's rights in the Data are those set out in Clause 2.

9.2 The Custom Mappings belong to Customer. Customer may use, modify and license them freely, including after the end of this Agreement.

10. SUBCONTRACTING

Provider shall not subcontract any of its obligations, other than hosting by the cloud provider approved under Clause 7.2, without Customer's prior written consent.

11. LIABILITY

11.1 Neither party is liable for indirect or consequential loss or for trading losses arising from decisions based on the Data.

11.2 Each party's total liability under this Agreement is limited to twice the total fees for the initial Subscription Term, except for breach of Clauses 7 and 8, fraud and wilful misconduct, which are not limited.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

12.2 If Customer terminates under Clause 12.1, Provider shall refund any fees paid for the period after termination.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing under its rules in force at the time. The award is final and binding.

14. GENERAL

14.1 Notices must be in writing and sent by email and courier to the addresses above.

14.2 Neither party may assign this Agreement without the other party's prior written consent.

14.3 This Agreement is signed in English in two originals.

SCHEDULE A - API ENDPOINTS

/prices/daily - daily prices by commodity, market and delivery basis
/indices - regional price indices
/lineups - vessel line-ups by port
/crops - crop condition and harvest progress reports
/weather - weather indicators by growing region

SIGNED for Customer: ____________________
SIGNED for Provider: ____________________
"""

# ---------------------------------------------------------------- targets and labels
NAMES = {
    "z01": ("h775z01_food_safety_sampling_platform", "pdf"),
    "z02": ("h775z02_tennis_racket_line_retrofit", "docx"),
    "z03": ("h775z03_sailing_club_booking_saas", "txt"),
    "z04": ("h775z04_school_health_inspection_om", "txt"),
    "z05": ("h775z05_guqin_workshop_tracking_supplier_template", "md"),
    "e01": ("h775e01_well_log_software_perpetual_licence", "pdf"),
    "e02": ("h775e02_translation_saas_order_form", "md"),
    "e03": ("h775e03_cold_chain_sensors_monitoring", "docx"),
    "e04": ("h775e04_managed_service_desk_36_months", "md"),
    "e05": ("h775e05_grain_market_data_api_subscription", "txt"),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]

BASE = dict(availability_pct=None, p1_response_hours=None, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
            buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None, liability_cap_pct=None,
            prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
            post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
            subcontract_without_consent=False, governing_law="PRC", contract_kind="service")

# design: language, category, value, term overrides, extra overrides, forum in mainland, TCO fee base, design rules
D = {
    "z01": ("zh", "software", 1502000, dict(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.1,
            prepayment_pct=20, final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=9,
            contract_kind="goods_or_licence"), dict(post_warranty_fee_capped=True), True, 846000, []),
    "z02": ("zh", "hardware", 1348000, dict(p1_response_hours=1, ld_rate_per_day_pct=0.03, prepayment_pct=20,
            final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=8,
            subcontract_without_consent=True, contract_kind="goods_or_licence"), dict(post_warranty_fee_capped=True),
            True, 1100000, ["CR-LD-LOW", "CR-SUBCONTRACT"]),
    "z03": ("zh", "cloud", 436000, dict(availability_pct=99.5, p1_response_hours=0.5, buyer_owns_data=False,
            ld_rate_per_day_pct=300 / 436000 * 100, liability_cap_pct=200, auto_renewal_price_increase=True), {},
            True, None, ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
    "z04": ("zh", "services", 368000, dict(p1_response_hours=0.25, confidentiality=False, ld_rate_per_day_pct=0.1,
            termination_for_breach=False), {}, True, None, ["CR-CONFIDENTIALITY", "CR-TERMINATION"]),
    "z05": ("zh", "software", 620000, dict(p1_response_hours=24, sla_remedy=False, ip_owner="supplier",
            ld_rate_per_day_pct=0.08, liability_cap_pct=20, prepayment_pct=65, acceptance_clause=False,
            final_payment_on_acceptance=False, warranty_months=6, post_warranty_fee_pct=26,
            subcontract_without_consent=None, contract_kind="goods_or_licence"),
            dict(post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True), True, 436000,
            ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
             "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "e01": ("en", "software", 1510000, dict(p1_response_hours=2, ld_rate_per_day_pct=0.1, liability_cap_pct=150,
            prepayment_pct=10, final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=11,
            governing_law="Iraq", contract_kind="goods_or_licence"), dict(post_warranty_fee_capped=True), False,
            1260000, ["CR-GOVERNING-LAW"]),
    "e02": ("en", "cloud", 374000, dict(availability_pct=99.95, p1_response_hours=0.5, liability_cap_pct=6 / 24 * 100),
            dict(ld_stated=False), True, None, ["CR-LD-MISSING", "CR-LIABILITY-CAP"]),
    "e03": ("en", "hardware", 1192000, dict(p1_response_hours=1, ld_rate_per_day_pct=0.08, liability_cap_pct=200,
            prepayment_pct=10, final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=7,
            contract_kind="goods_or_licence"), dict(post_warranty_fee_capped=True), True, 1043000, []),
    "e04": ("en", "services", 1732000, dict(p1_response_hours=0.25, data_security_clause=False,
            ld_rate_per_day_pct=1200 / 1732000 * 100, liability_cap_pct=150, subcontract_without_consent=True), {},
            True, None, ["CR-DATA-SECURITY", "CR-SUBCONTRACT"]),
    "e05": ("en", "cloud", 472000, dict(sla_remedy=False, ld_rate_per_day_pct=400 / 472000 * 100,
            liability_cap_pct=200, auto_renewal_price_increase=True), dict(sla_clause=False), True, None,
            ["CR-AUTO-RENEWAL", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
THRESH = dict(availability_pct=99.9, p1_response_hours=4, ld_rate_per_day_pct=0.05, liability_cap_pct=100,
              prepayment_pct=30, warranty_months=12, post_warranty_fee_pct=15)
TCO_SHARE = 40


def label(key):
    lang, cat, value, t, x, _, _, _ = D[key]
    terms = dict(BASE, **t)
    goods = terms["contract_kind"] == "goods_or_licence"
    extra = {"sla_clause": True, "ld_stated": terms["ld_rate_per_day_pct"] is not None}
    if goods:
        extra["post_warranty_fee_capped"] = x.get("post_warranty_fee_capped")
    extra["acceptance_deemed_on_delivery"] = False
    extra.update({k: v for k, v in x.items() if k != "post_warranty_fee_capped"})
    extra["contract_value"] = value
    extra = {k: extra[k] for k in ["sla_clause", "ld_stated", "post_warranty_fee_capped",
                                    "acceptance_deemed_on_delivery", "contract_value"] if k in extra}
    name, ext = NAMES[key]
    return {"file": name + "." + ext, "language": lang, "category": cat,
            "expected_terms": {k: terms[k] for k in TERM_KEYS}, "expected_extra": extra,
            "expected_rules": sorted(derive(key, terms, extra))}


def tco_share(key, terms):
    value, base = D[key][2], D[key][6]
    years = max(0.0, 5 - terms["warranty_months"] / 12)
    fees = years * terms["post_warranty_fee_pct"] / 100 * base
    return fees / (value + fees) * 100


def derive(key, t, x):
    """My reading of policy section 3."""
    r = set()
    sla = x["sla_clause"]
    if not sla:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if sla and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not x["ld_stated"]:
        r.add("CR-LD-MISSING")
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        pw = t["post_warranty_fee_pct"]
        if pw is None or not x["post_warranty_fee_capped"] or pw > 15:
            r.add("CR-POST-WARRANTY-FEE")
        if pw is not None and x["post_warranty_fee_capped"] and tco_share(key, t) > TCO_SHARE:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] is not None and t["governing_law"] != "PRC") or not D[key][5]:
        r.add("CR-GOVERNING-LAW")
    return r


def risk(rules):
    if set(rules) & HIGH:
        return "high"
    if set(rules) - LOW:
        return "medium"
    return "low"


# ---------------------------------------------------------------- threshold scan
PATTERNS = [
    r"(?<![\d.,])30(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", r"百分之三十(?![一二三四五六七八九])", r"(?<![\w-])thirty\s*(?:per|%)",
    r"(?<![\d.])99\.90*(?!\d)",
    r"(?<![\d.,十])[4四]\s*个?\s*(?:小时|hours?|hrs?\b)", r"(?<![\w-])four\s*(?:\(4\)\s*)?hours?",
    r"(?<![\d.])0?\.050*(?!\d)\s*(?:%|％|per\s*cent)", r"万分之五(?![十])", r"千分之零点五",
    r"(?<![\d.,])100(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", r"百分之(?:一)?百(?![零一二三四五六七八九十])", r"one\s*hundred\s*per",
    r"(?<![\d.,])12\s*个?\s*(?:月|months?)", r"(?<![一二三四五六七八九])十二\s*个?\s*月", r"(?<![\w-])twelve\s*(?:\(12\)\s*)?months?",
    r"(?<![\w-])(?:one|1)[\s-]*year(?!s)", r"(?<![第每十\d])[一1]\s*年(?![度级])",
    r"(?<![\d.,])15(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", r"百分之十五(?![点])", r"(?<![\w-])fifteen\s*(?:per|%)",
    r"(?<![\d.,])40(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", r"百分之四十(?![一二三四五六七八九])", r"(?<![\w-])forty\s*(?:per|%)",
]
RX = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["30%", "30 %", "预付30％", "百分之三十", "thirty per cent", "99.9%", "99.90", "4小时", "4 小时", "四小时", "4 hours",
            "four hours", "0.05%", "0.05 per cent", "万分之五", "100%", "百分之百", "12个月", "12 months", "十二个月",
            "twelve months", "one year", "1 year", "一年", "15%", "百分之十五", "40%", "百分之四十", "40 percent"]
MUST_MISS = ["130%", "99.95%", "99.5%", "24小时", "二十四小时", "24 hours", "twenty-four hours", "14 hours", "48小时",
             "0.055%", "万分之五十", "112 months", "2 months", "120 days", "215%", "140%", "25%", "45%", "35%", "150%",
             "每一年", "第一年", "1.15%", "3,015%", "2015 onward", "one years", "十一年"]


def selftest():
    for s in MUST_HIT:
        assert RX.search(s), ("must hit", s)
    for s in MUST_MISS:
        assert not RX.search(s), ("must miss", s, RX.search(s))


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for tb in doc.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def check_values(key, lab):
    t = lab["expected_terms"]
    for k, th in THRESH.items():
        v = t[k]
        assert v is None or abs(v - th) > 1e-9, (key, k, v)
    if t["contract_kind"] == "goods_or_licence" and t["post_warranty_fee_pct"] is not None:
        share = tco_share(key, t)
        assert abs(share - TCO_SHARE) > 2, (key, share)
        return share
    return None


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    selftest()
    office = {k: (NAMES[k][0] + "." + NAMES[k][1], NAMES[k][1]) for k in NAMES if NAMES[k][1] in ("docx", "pdf")}
    write({k: SRC[k] for k in office}, office, OUT, wrap_words=True)
    for k, (stem, ext) in NAMES.items():
        if ext in ("txt", "md"):
            (OUT / (stem + "." + ext)).write_text(SRC[k].strip("\n"), encoding="utf-8")
            print("wrote", stem + "." + ext)
    covered = set()
    for k, (stem, ext) in NAMES.items():
        lab = label(k)
        assert lab["expected_rules"] == sorted(D[k][7]), (k, lab["expected_rules"], D[k][7])
        covered |= set(lab["expected_rules"])
        share = check_values(k, lab)
        text = read_back(OUT / lab["file"])
        if lab["language"] == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (k, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (k, n)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            m = RX.search(variant)
            assert not m, (k, m.group(0), variant[max(0, m.start() - 30):m.end() + 30])
        (OUT / (stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        print(k, lab["file"], n, risk(lab["expected_rules"]), lab["expected_rules"],
              "TCO share %.1f" % share if share is not None else "")
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    print("all 20 rules covered; checks passed")
