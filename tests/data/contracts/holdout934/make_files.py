"""holdout934: builds the ten held-out draft contracts and their .json labels, and checks them.

Run: /work/main/.venv/bin/python -B make_files.py (in this folder). The .txt/.md files are written as they are; the
.docx/.pdf files are built with ../word_pdf.py. Labels are written from LABELS below; the expected rules of each draft
are derived from its labels with this folder's reading of policy §3 and compared with the design list; lengths,
thresholds and rule coverage are asserted.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:河道疏浚与淤泥处置监管平台采购合同
P:合同编号：SWJ-ZFCG-2027-0113
P:采购人（甲方）：澄川市水利局
P:供应商（乙方）：江川智水信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及澄川市政府采购中心公开招标项目（项目编号CCZC-2026-2218）的招标文件、乙方投标文件和中标通知书，双方就河道疏浚与淤泥处置监管平台的软件许可、定制开发及实施事宜，订立本合同。本合同为甲方提供的格式文本，双方已逐条协商。
H:第一条 项目内容
P:1.1 乙方向甲方提供疏浚监管平台软件许可（含作业船舶定位、疏浚量计算、淤泥运输电子联单、处置场容量管理四个模块，不限用户数，永久使用），并按甲方需求定制开发全市河道“一河一档”台账、疏浚工程进度看板、淤泥去向闭环核查及移动端巡查应用。
P:1.2 乙方负责与甲方现有河长制信息系统、水文监测平台、市政务数据共享交换平台完成数据对接，并完成部署、联调、试运行、培训及技术文档交付。
P:1.3 实施地点为甲方指定的市政务云机房及甲方办公场所，乙方人员进入机房须遵守甲方管理制度。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰叁拾陆万捌仟元整（¥2,368,000），含税，为固定总价，包括：平台软件许可费¥1,120,000；定制开发费¥896,000；数据对接费¥218,000；部署实施及培训费¥134,000。
P:2.2 除本合同另有约定外，甲方不再支付任何其他费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行保函后15个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台完成部署并通过初步验收后，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方应在每期付款前开具合法有效的增值税发票，甲方按财政支付流程付款。
P:3.5 甲方付款前有权对乙方提交的阶段成果进行审核，审核未通过的，付款期限相应顺延。
H:第四条 交付与进度
P:4.1 乙方应在合同签订后90日内完成平台部署及初步验收，150日内完成最终验收。
P:4.2 乙方应于开工前提交实施方案、人员名单及进度计划，经甲方确认后执行。乙方应每周向甲方报送项目周报，说明进度、问题及风险，重大问题应当日报告。
H:第五条 验收
P:5.1 初步验收标准：合同约定的全部功能模块上线运行；与河长制信息系统、水文监测平台的接口连续七日数据交换无差错；船舶定位刷新间隔不大于10秒；200个并发用户下常用页面响应时间不超过3秒。
P:5.2 最终验收标准：平台试运行满60日，期间未发生一级故障；疏浚量计算结果与第三方测量复核的偏差在2%以内；通过甲方委托的第三方安全测评；技术文档、源代码及培训记录齐全。
P:5.3 验收由甲方组织，乙方提交验收申请后10个工作日内完成。平台上线、试运行或甲方使用均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提交验收。
H:第六条 质量保证与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起算。质保期内乙方免费提供软件缺陷修复、版本升级、接口适配及远程和现场技术支持。
P:6.2 质保期满后，如甲方需要继续维护服务，年度维护费不超过平台软件许可费的9.5%（即每年不超过¥106,400），该价格在质保期满后三个年度内不作上调。维护合同由双方另行签订，不自动续期。
P:6.3 质保期内乙方应每季度进行一次巡检，并提交巡检报告。
H:第七条 服务水平
P:7.1 质保期内平台月可用率不低于99.95%（计划内维护经甲方同意的除外）。
P:7.2 故障分为三级。一级故障（平台整体不可用或核心数据错误）乙方应在30分钟内响应，2小时内到达现场，6小时内恢复；二级故障2小时内响应，24小时内解决；三级故障在下一版本中修复。
P:7.3 一级故障响应或恢复每超时1小时，甲方可扣减维护保证金人民币1,500元；月可用率每低于约定值0.01个百分点，扣减人民币2,000元。
H:第八条 知识产权
P:8.1 平台软件的既有知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的程序、接口、数据模型及源代码、文档的全部知识产权归甲方所有，甲方可自行或委托第三方修改、使用和再开发。乙方应在最终验收时交付完整源代码。
H:第九条 数据安全
P:9.1 平台中的河道、工程、船舶、运输及处置数据均属于甲方所有。未经甲方书面同意，乙方不得将上述数据用于本合同以外的任何目的，不得复制、留存或向第三方提供。
P:9.2 乙方应落实网络安全等级保护第三级要求，采取访问控制、加密传输与存储、操作审计等措施；运维操作须通过甲方堡垒机进行。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并立即采取补救措施，因乙方原因造成的，乙方承担全部赔偿责任及相应法律责任。
H:第十条 保密
P:10.1 乙方对履约中知悉的甲方工作秘密、技术资料和未公开信息负有保密义务，不得向任何第三方披露。本条义务在合同终止后继续有效。
P:10.2 乙方应与参与本项目的人员签订保密承诺书，并在项目结束后交回或销毁甲方提供的全部资料。
H:第十一条 违约责任
P:11.1 乙方逾期完成初步验收或最终验收的，每逾期一日，按合同总价的万分之六向甲方支付违约金；逾期超过30日的，甲方有权解除合同。
P:11.2 乙方交付的平台不符合合同约定且整改后仍不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
P:11.3 甲方无正当理由逾期付款的，按中国人民银行同期贷款市场报价利率支付逾期利息。
H:第十二条 分包
P:12.1 本项目不允许分包。乙方不得将合同项下任何工作转包或分包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后10日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:13.2 因不可抗力致使合同目的无法实现的，任何一方可解除合同。
H:第十四条 适用法律与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同发生的争议，双方协商解决；协商不成的，提交甲方所在地有管辖权的人民法院诉讼解决。
P:14.3 争议处理期间，双方应继续履行合同中不涉及争议的部分。
H:第十五条 人员、培训与文档
P:15.1 乙方应指定具有五个以上同类项目经验的项目经理常驻澄川，项目经理未经甲方同意不得更换。核心开发人员名单作为本合同附件，更换人员应具备同等资历并提前书面报甲方同意。
P:15.2 乙方应为甲方系统管理员、各区县水利站业务人员及疏浚施工单位操作人员分批提供培训，累计不少于八期，每期培训后进行考核，考核合格率应达到甲方要求。
P:15.3 乙方应交付需求规格说明书、系统设计说明书、数据库设计说明书、接口说明、部署手册、运维手册及用户手册，文档应与最终交付版本一致，并随版本升级同步更新。
P:15.4 甲方负责提供政务云资源、网络接入条件及必要的业务资料，并指定专人协调各接口单位；因甲方原因导致工期延误的，交付期限相应顺延。
H:第十六条 其他
P:16.1 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。招标文件、投标文件及中标通知书为本合同组成部分。
P:甲方（盖章）：澄川市水利局        乙方（盖章）：江川智水信息技术有限公司
P:签订日期：2027年1月____日
"""

Z02 = """T:图钉生产线控制系统改造合同
P:合同编号：NXWJ-GZ-2027-006
P:甲方：宁溪文具五金制品有限公司（图钉厂）
P:乙方：甬川自动化工程有限公司
P:甲方图钉厂现有冲压成型、针帽铆合、表面处理及计数包装四条生产线的控制系统老化，故障频繁。经询价比选，甲方委托乙方对上述生产线控制系统进行改造。双方经协商一致，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责四条生产线控制系统的设计、供货、安装、编程、调试和培训，包括更换PLC控制器、触摸屏、伺服驱动系统，加装针尖视觉检测单元，敷设车间工业网络，并部署产线监控软件，实现设备状态、产量、不良品及能耗数据的集中监控。
P:1.2 改造应在不影响其余产线正常生产的前提下分线实施，每条线停线时间不超过甲方书面确认的停线计划。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰伍拾陆万元整（¥1,560,000），含13%增值税，明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制器及I/O模块|24套|18,500|444,000
TB:2|触摸屏HMI|24台|4,200|100,800
TB:3|伺服驱动器及伺服电机|48套|3,600|172,800
TB:4|针尖视觉检测单元|6套|38,000|228,000
TB:5|工业交换机、光纤及网络配件|1批|118,400|118,400
TB:6|产线监控软件许可（永久）|1套|216,000|216,000
TB:|软硬件小计|||1,280,000
TB:7|安装调试费|1项|168,000|168,000
TB:8|PLC编程、画面组态及联调费|1项|112,000|112,000
TB:|合同总价|||1,560,000
P:2.2 合同总价为固定价格，包含设备运输、保险、安装辅材、软件许可及质保期内的全部服务费用。
H:第三条 付款方式
P:3.1 合同生效后10个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 全部设备到货并经甲方签收后，甲方支付合同总价的45%。到货签收仅确认数量和外观，不代表质量验收。
P:3.3 四条生产线全部通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方应在每次付款前向甲方开具相应金额的增值税专用发票。
H:第四条 交货与实施
P:4.1 乙方应在合同生效后45日内将全部设备运抵甲方厂区，并在到货后60日内完成四条生产线的改造调试。
P:4.2 乙方施工人员进入车间应遵守甲方安全生产制度，动火、登高及带电作业须办理作业票。因乙方原因造成人身或财产损失的，由乙方承担责任。
P:4.3 乙方应在每条生产线停线前七日提交改造方案、停线计划及应急恢复预案，经甲方生产部门书面确认后实施。改造期间如出现无法按期恢复生产的情况，乙方应立即恢复原控制系统运行，并承担由此增加的费用。
P:4.4 拆除的旧控制柜、旧电机及线缆归甲方所有，由乙方清点、标识后搬运至甲方指定仓库，不得擅自处置。
P:4.5 甲方负责提供施工用电、临时存放场地及生产线原有图纸资料，并指定车间主任作为现场联系人，协调停线安排。
H:第五条 验收
P:5.1 每条生产线改造完成后进行单线验收，标准为：设备运行节拍达到每分钟420件以上；视觉检测漏检率不高于0.2%；连续72小时带料运行无停机故障；监控软件采集的产量与人工盘点偏差不超过0.5%。
P:5.2 四条生产线均通过单线验收并稳定运行30日后进行最终验收，乙方同时提交电气图纸、PLC程序、HMI组态文件及操作维护手册。
P:5.3 验收由甲方组织，验收合格后双方签署验收报告。设备安装完成或甲方投入生产均不视为验收合格。验收不合格的，乙方应在10日内整改并承担整改费用。
P:5.4 验收所需的检测工具及原材料由甲方提供，检测人员由双方共同派出。
H:第六条 质量保证与维保服务
P:6.1 质保期为十八个月，自最终验收合格之日起算。质保期内设备硬件故障免费更换，软件免费修复和升级。
P:6.2 质保期满后，乙方继续提供维保服务，维保服务费为每年人民币358,400元（软硬件小计的28%），质保期满后三个年度内不作调整，按年度在每年度结束后支付。维保内容包括定期巡检、备件更换、程序优化及故障处理。
P:6.3 质保期内乙方每季度对四条生产线进行一次预防性巡检，检查控制柜温升、接线端子、伺服参数及视觉相机标定情况，并向甲方提交书面巡检报告及整改建议。
H:第七条 服务响应
P:7.1 质保期及维保期内，一级故障（整条生产线停机）乙方应在1小时内远程响应，6小时内到达现场，12小时内恢复生产；二级故障（单台设备停机）2小时内响应，24小时内修复。
P:7.2 乙方未按上述时限响应或到场的，每超时1小时，甲方可从应付款项中扣减人民币200元；因乙方原因导致停产超过24小时的，乙方还应赔偿甲方的直接损失。
P:7.3 乙方应在甲方厂区储备常用备件，包括PLC通讯模块、伺服驱动器及视觉相机各不少于两件，以保证故障及时处理。
H:第八条 培训
P:8.1 乙方应为甲方电气维修人员和产线操作人员分别提供操作培训和维护培训，培训内容包括PLC程序结构、HMI操作、伺服参数调整、视觉检测配方维护及常见故障处理，累计不少于六十课时。
P:8.2 培训结束后乙方应组织考核，考核不合格的人员，乙方应免费重新培训。
H:第九条 知识产权
P:9.1 产线监控软件的著作权归原权利人所有，甲方获得永久使用许可。
P:9.2 乙方为本项目编写的PLC程序、HMI画面、视觉检测配方及相关源文件的知识产权归甲方所有，甲方有权自行修改或委托第三方维护。
H:第十条 数据安全
P:10.1 生产线运行数据、工艺参数、产量及质量数据均属于甲方所有，乙方不得用于本合同以外的任何目的。
P:10.2 乙方远程维护须事先取得甲方批准，并通过甲方分配的VPN账号进行；乙方应确保接入设备无病毒，不得擅自修改网络配置。因乙方原因导致数据泄露、丢失或生产网络遭受攻击的，乙方应立即报告甲方，并承担相应的赔偿责任。
H:第十一条 保密
P:11.1 乙方对在履约过程中知悉的甲方工艺、配方、产能及客户信息负有保密义务，未经甲方书面同意不得向第三方披露，合同终止后仍然有效。
H:第十二条 分包
P:12.1 乙方可将现场电气配线及桥架安装工作分包给具有相应资质的单位，但应提前三个工作日书面通知甲方。乙方对分包单位的工作质量和安全承担全部责任。
P:12.2 分包单位人员进入甲方厂区，同样应遵守本合同关于安全生产和保密的约定。
H:第十三条 违约责任
P:13.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:13.2 乙方交付的设备或系统经两次整改仍不合格的，甲方有权解除合同并要求乙方返还已付款项、赔偿损失。
P:13.3 乙方违反第十条、第十一条约定的，应赔偿甲方因此遭受的全部损失。
H:第十四条 合同解除
P:14.1 一方严重违约，经另一方书面催告后15日内仍未纠正的，守约方有权书面通知解除本合同。
H:第十五条 适用法律与争议解决
P:15.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交宁波仲裁委员会仲裁。
H:第十六条 其他
P:16.1 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:16.2 本合同附件包括设备技术规格表、停线计划及培训计划，与本合同具有同等效力。
P:甲方（盖章）：                乙方（盖章）：
"""

Z03 = """飞盘培训门店预约及会员管理系统订阅服务合同

合同编号：FY-IT-2027-015
甲方：飞跃极限飞盘体育发展有限公司
乙方：约课云科技有限公司

甲方在全国经营40家极限飞盘培训门店，为统一课程预约、会员管理和门店经营分析，甲方订阅乙方的预约及会员管理SaaS系统，并委托乙方完成系统实施。双方经友好协商，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方向甲方40家门店提供预约及会员管理系统的订阅服务，包括课程排期、学员预约与签到、会员卡及课时包管理、教练排班、场地管理、线上支付对接、微信小程序及门店经营报表。
2. 订阅服务不限门店员工账号数量，学员端小程序不限访问人数。
（二）实施服务
1. 乙方负责系统初始化配置、甲方存量会员及课时数据迁移、小程序页面定制、与甲方财务系统的接口开发，以及门店店长和前台人员培训。
2. 实施服务应在合同生效后45日内完成并上线。
3. 乙方应在实施开始前提交实施方案、数据迁移方案和门店上线排期，经甲方确认后执行；门店上线按区域分三批进行，每批上线前完成该批门店的培训和数据核对。
（三）门店扩展
服务期内甲方新开门店的，乙方应在收到甲方书面通知后3个工作日内完成新门店开通和基础配置，新门店订阅单价与本合同约定一致。

二、服务期限
（一）服务期为两个服务年度，自系统上线验收合格之日起计算，第一个服务年度自上线验收合格之日起算，第二个服务年度紧接其后。
（二）服务期满前30日内，任何一方未书面提出不续约的，本合同自动续期一个服务年度，可多次续期。续期时乙方有权根据市场情况调整订阅单价，调整后的单价以乙方书面通知为准，甲方继续使用即视为接受。

三、费用与支付
（一）合同总价为人民币捌拾柒万元整（¥870,000），其中：
1. 订阅费：每家门店每个服务年度¥9,800，40家门店两个服务年度合计¥784,000；
2. 实施费：一次性¥86,000。
（二）本合同不设预付款。实施费在上线验收合格后15个工作日内支付。
（三）订阅费按季度结算，甲方在每个季度结束后15个工作日内支付该季度订阅费¥98,000。
（四）新开或关闭门店的，订阅费按实际门店数和使用月数结算，每季度核对一次。

四、上线验收
（一）验收标准：
1. 合同约定的全部功能在40家门店上线可用；
2. 存量会员、课时余额及储值数据迁移后与甲方原系统逐条核对一致；
3. 小程序预约、支付及签到流程在300个并发用户下响应时间不超过2秒；
4. 与财务系统的收款对账接口连续10日无差错。
（二）乙方提交上线验收申请后，甲方在7个工作日内组织验收并出具书面意见。系统上线或门店试用不视为验收合格。
（三）验收不合格的，乙方应在5个工作日内整改后重新提交验收。

五、服务水平
（一）系统月可用率不低于99.5%，计划内维护应安排在每日0:00至6:00之间并提前48小时通知甲方。
（二）故障分级及处理时限：
1. 一级故障（全部门店无法预约、签到或支付）：30分钟内响应，3小时内恢复；
2. 二级故障（部分门店或部分功能不可用）：1小时内响应，8小时内恢复；
3. 三级故障（不影响营业的一般问题）：1个工作日内响应，在后续版本中修复。
（三）月可用率每低于约定值0.1个百分点，乙方按当月订阅费的2%给予服务费抵扣；一级故障恢复每超时1小时，抵扣当月订阅费的1%。抵扣在下季度订阅费中扣除。

六、数据安全与数据归属
（一）甲方及学员在系统中产生的会员信息、预约记录、交易记录和经营数据均属于甲方所有。乙方仅为提供本合同服务使用上述数据，不得用于其他目的，不得向任何第三方提供。
（二）乙方应将数据存储在中国境内，落实访问控制、加密存储、日志审计及每日备份，符合《中华人民共和国个人信息保护法》和《中华人民共和国数据安全法》的要求。
（三）发生数据泄露、篡改或丢失的，乙方应在发现后2小时内通知甲方，采取补救措施，并承担因乙方原因造成的损失。
（四）合同终止后30日内，乙方应按甲方要求以通用格式导出并交付全部数据，随后彻底删除，并出具删除证明。

七、培训与客户支持
（一）乙方应为甲方总部运营人员、各门店店长、前台及教练分批提供线上和现场培训，上线前完成全部门店的操作培训，并提供操作手册和教学视频。
（二）乙方指定一名客户成功经理负责甲方账户，每月提交服务报告，内容包括可用率、故障处理、工单统计及功能使用情况，并每季度与甲方召开一次服务回顾会议。
（三）乙方提供7×24小时故障报修热线和在线工单系统，工作日9:00至21:00提供业务咨询服务。
（四）乙方对系统进行版本升级的，应提前5个工作日通知甲方，并说明升级内容和可能影响；涉及门店操作流程变化的，应同步提供培训资料。

八、甲方义务
（一）甲方应指定项目负责人，协调各门店配合数据核对、培训和验收工作。
（二）甲方应按时提供存量会员数据、课程设置、价格体系及财务系统接口文档，并对所提供资料的真实性负责。
（三）甲方应妥善保管系统管理员账号和密码，因甲方人员泄露账号造成的损失由甲方承担。

九、知识产权
（一）系统平台及其后续升级版本的知识产权归乙方所有。
（二）乙方为甲方定制的小程序页面、财务接口程序及专属报表的知识产权归甲方所有，乙方应在上线验收时交付相关源代码和文档。

十、保密
双方对履约中知悉的对方商业秘密、经营数据及技术资料负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后继续有效。

十一、分包
乙方不得将本合同项下的实施或运维工作分包给第三方，确需分包的，应事先取得甲方书面同意。

十二、违约责任
（一）乙方未能按期完成上线验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方在本合同项下的累计赔偿责任，以索赔事件发生前六个月内甲方已支付的订阅费总额为限；但乙方违反第六条、第十条约定或故意违约造成的损失除外。
（三）甲方逾期付款的，乙方可书面催告，催告后仍未支付的，乙方有权暂停新增门店开通。

十三、合同解除
（一）任何一方严重违反本合同，经对方书面催告后15日内仍未纠正的，守约方有权书面通知解除本合同。
（二）系统连续两个月未达到约定月可用率的，甲方有权解除本合同，已支付但未使用期间的订阅费由乙方退还。
（三）本合同因任何原因终止的，乙方应按第六条（四）的约定交付并删除数据。

十四、适用法律与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。

十五、不可抗力
因地震、洪水、战争、政府行为等不可抗力导致一方无法履行合同的，受影响方应及时通知对方并提供证明，在不可抗力影响范围内免除责任。云服务商机房故障、网络攻击及乙方人员原因造成的中断不属于不可抗力。

十六、其他
（一）本合同一式两份，双方各执一份，自双方签字盖章之日起生效。
（二）附件：门店清单、功能清单、实施计划。
（三）双方通知以书面形式送达本合同载明的地址或电子邮箱。

甲方（盖章）：                    乙方（盖章）：
日期：                            日期：
"""

Z04 = """加油站地下储油罐渗漏监测系统运行维护服务合同

合同编号：LHSW-CS-2027-004
采购人（甲方）：临河市商务局
供应商（乙方）：安测环境科技有限公司

根据临河市加油站地下储油罐渗漏监测系统运行维护服务项目竞争性磋商文件（项目编号LHCG-2027-031）、乙方响应文件及成交通知书，双方经协商一致，订立本合同。

第一条 服务范围
（一）乙方负责全市48座加油站地下储油罐渗漏监测系统的运行维护，包括液位仪、双层罐测漏传感器、油气回收在线监测设备、站级数据采集终端以及甲方渗漏监测监管平台。
（二）服务内容包括：设备日常巡检和季度标定；传感器、采集终端故障维修与更换；监管平台及数据传输链路维护；报警信息核查与协助处置；年度系统运行评估报告编制。
（三）乙方应建立全部站点设备台账，记录设备型号、安装位置、标定时间和维修情况，每季度更新后报甲方备案。

第二条 服务期限
服务期自2027年3月1日起至2028年2月29日止。服务期满后本合同终止，续签须由甲方重新履行采购程序。

第三条 合同价款
（一）合同总价为人民币陆拾肆万捌仟元整（¥648,000），包括：站点设备日常运维费¥456,000（48座，每座¥9,500）；传感器标定及检测费¥96,000；监管平台运维费¥62,000；应急备件费¥34,000。
（二）合同总价为固定价格，包含人工、交通、检测仪器、备件及税费，甲方不再另行支付其他费用。更换的备件超出应急备件清单的，经甲方书面确认后按响应文件单价据实结算，从应急备件费中列支。

第四条 付款方式
（一）本合同不设预付款。
（二）服务费按季度支付，每季度¥162,000。乙方在每个季度结束后提交季度服务报告，经甲方季度考核合格后15个工作日内，甲方支付该季度服务费。
（三）季度考核扣减的款项从当季服务费中直接扣除。乙方应在付款前开具合法有效的发票。

第五条 服务要求
（一）日常巡检：每座加油站每月巡检不少于一次，检查液位仪读数、传感器状态、通讯链路和供电情况，巡检记录须由站长签字确认。
（二）季度标定：每季度对全部测漏传感器和液位仪进行一次标定，标定误差应符合设备技术规范，并出具标定记录。
（三）平台维护：保障监管平台正常运行，数据延迟不超过10分钟，每日检查数据完整性，发现站点断线应在当日排查原因。
（四）年度评估：服务期满前30日内提交年度运行评估报告，包括设备完好情况、报警统计分析和更新改造建议。
（五）乙方应每月向甲方报送月度运维简报，说明巡检完成情况、故障处理及报警核查结果。

第六条 故障响应
（一）故障分为两级。一级故障指储罐渗漏报警、监管平台整体中断或三座以上站点同时断线；二级故障指单个站点设备故障或数据异常。
（二）一级故障乙方应在6小时内响应并到达现场，24小时内排除故障或采取临时措施；二级故障应在24小时内响应，48小时内修复。
（三）乙方响应或到场每超时1小时，甲方从当季服务费中扣减人民币200元；因乙方原因漏报渗漏报警的，每次扣减人民币5,000元。

（四）发生渗漏报警时，乙方应会同加油站现场核查，区分设备误报与真实渗漏；确认为真实渗漏的，乙方应立即报告甲方及属地生态环境部门，协助加油站启动应急预案，并在处置结束后3日内提交书面报告，说明报警时间、核查过程、原因分析和处置措施。

第七条 考核与验收
（一）甲方按季度对乙方服务进行考核，考核内容为：巡检完成率、标定完成情况、故障响应及修复时限、平台数据完整情况、台账及报告质量。考核细则见附件。
（二）季度考核得分在90分以上为合格；80分以上不足90分的，按差额扣减当季服务费；低于80分的，甲方可要求乙方限期整改。
（三）服务期满时，甲方对全年服务进行终期验收，标准为：全年各季度考核均合格，设备完好率达到磋商文件要求，设备台账、标定记录和年度评估报告齐全。

第八条 数据安全
（一）监测系统采集的液位、渗漏、油气回收数据及加油站基础信息均属于甲方所有，乙方仅可为履行本合同使用，不得用于其他任何目的，不得向第三方提供。
（二）乙方应严格执行监管平台账号管理规定，运维账号实行专人专用，登录须经双因素认证；远程维护须事先报甲方同意，操作日志保存不少于六个月。
（三）发生数据泄露、篡改、丢失或平台遭受网络攻击的，乙方应在1小时内报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。

第九条 备件与设备管理
（一）乙方应在市区设立备件库，常备液位探棒、测漏传感器、采集终端主板及通讯模块，数量不少于应急备件清单的要求，并每季度向甲方报送备件库存情况。
（二）更换下来的旧设备归甲方所有，乙方应登记后交甲方指定地点，不得擅自处置。
（三）设备已超过使用年限或无法修复的，乙方应提出更换建议，由甲方决定是否另行采购。

第十条 知识产权
乙方在服务过程中形成的巡检记录、标定记录、评估报告、运维脚本及设备台账，其知识产权归甲方所有，甲方可自由使用和修改。

第十一条 人员要求
（一）乙方应配备项目负责人一名、运维工程师不少于六名，其中持有计量检定或仪器仪表相关资格证书的人员不少于三名。
（二）乙方人员进入加油站作业，应遵守加油站安全管理规定，穿戴防静电服装，严禁在站内使用非防爆工具和设备。
（三）乙方更换项目负责人的，应提前10日书面报甲方同意。

第十二条 甲方义务
（一）甲方负责协调各加油站配合乙方巡检、标定和维修作业，提供必要的作业条件。
（二）甲方应为乙方开通监管平台运维账号，并及时提供平台软件原开发商的技术资料。
（三）甲方应按约定支付服务费，并在收到季度服务报告后10个工作日内完成考核。

第十三条 违约责任
（一）乙方未按本合同约定的计划完成巡检或季度标定的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
（二）因乙方运维不当导致设备损坏的，乙方负责修复或更换，并承担相应费用。
（三）乙方在作业中造成安全事故的，由乙方承担全部责任。
（四）甲方逾期支付服务费的，乙方可书面催告，但不得因此中断一级故障处理。

第十四条 分包
乙方不得将本合同项下的服务转包或分包给任何第三方。

第十五条 合同解除
（一）乙方严重违约，或连续两个季度考核不合格的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
（二）因不可抗力致使合同目的不能实现的，双方均可解除合同。
（三）合同解除后，甲方按乙方实际完成且考核合格的服务结算费用。

第十六条 适用法律与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十七条 服务交接
服务期满或合同解除时，乙方应在15日内向甲方或甲方指定的单位移交设备台账、运维账号、技术文档及未完成工单，并配合完成交接，交接期间不得中断服务。

第十八条 其他
（一）磋商文件、乙方响应文件、成交通知书及考核细则为本合同组成部分。
（二）本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。

甲方（盖章）：临河市商务局            乙方（盖章）：安测环境科技有限公司
日期：                                日期：
"""

Z05 = """# 软件产品许可及定制开发合同

> 蓉信软件标准合同文本 V1.6（本文本由乙方提供）

合同编号：RX-HT-2027-0219

甲方：成都锦官坊蜀锦文化有限公司（蜀锦工作室）

乙方：蓉信软件有限公司

甲方因蜀锦织造工艺管理需要，向乙方购买“织迹”工艺追溯管理软件，并委托乙方进行定制开发。双方依据《中华人民共和国民法典》，在平等自愿的基础上订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“织迹”工艺追溯管理软件V3.0的使用许可，许可方式为永久许可，部署于甲方自有服务器，限甲方一个法人主体使用。

1.2 乙方根据甲方需求进行定制开发，包括：织机工单与挑花结本记录、纹样图库及配色档案、蚕丝原料批次管理、成品二维码溯源页面、工艺师傅技艺档案。

1.3 乙方负责软件安装部署、基础数据初始化及使用培训。

1.4 软件许可不包括第三方数据库、操作系统、服务器及网络设备，上述软硬件由甲方自行采购。软件许可不得转让、出租或用于为第三方提供服务。

1.5 定制开发的具体功能以双方确认的《需求说明书》为准。《需求说明书》确认后，甲方提出的新增或变更需求按第2.2条另行计费，并相应顺延交付时间。

## 第二条 合同价款

2.1 本合同总价为人民币肆拾捌万陆仟元整（¥486,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | “织迹”工艺追溯管理软件许可（永久） | 218,000 |
| 2 | 定制开发（工单、纹样库、原料批次、二维码溯源、技艺档案） | 196,000 |
| 3 | 实施部署及培训 | 72,000 |
| | 合计 | 486,000 |

2.2 上述价款含税。甲方需求变更导致工作量增加的，乙方按每人日人民币2,800元另行收费。

2.3 乙方在收到款项后10个工作日内开具增值税普通发票。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的65%。

3.2 软件上线运行后5个工作日内，甲方支付合同总价剩余的35%。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，乙方并有权暂停服务。

## 第四条 交付

4.1 乙方在收到首期款项后开始实施，预计在90个工作日内完成开发及上线。具体进度以乙方项目计划为准，乙方可根据实际情况调整。

4.2 甲方应提供服务器、网络环境和业务资料，并安排人员配合需求调研。因甲方配合不到位造成的延误，乙方不承担责任。

4.4 乙方完成部署后通知甲方上线，甲方应在收到通知后3个工作日内安排上线，逾期未安排的，自通知发出之日起视为已上线运行。

4.3 乙方交付内容包括：软件安装介质、许可证书、用户操作手册及培训课件。

## 第五条 验收

5.1 软件安装部署完成并上线运行后，即视为甲方验收合格。

5.2 甲方在上线后提出的意见，乙方将在后续版本中酌情改进。

5.3 上线后甲方发现的问题按第六条维护服务处理。

## 第六条 维护服务

6.1 自软件上线之日起六个月为免费维护期，乙方在免费维护期内提供远程技术支持和软件缺陷修复。

6.2 免费维护期满后，甲方如需继续获得维护服务，应与乙方另行签订维护合同，维护费按乙方当年公布的服务价格标准收取。

6.3 故障处理：一级故障（系统无法登录或数据无法保存）乙方在2小时内响应，二级故障在1个工作日内响应，其他问题在3个工作日内答复。乙方将尽力在合理时间内解决故障。

6.4 以下情形不属于维护服务范围：甲方自行修改系统配置或数据库导致的问题；服务器、网络、操作系统及第三方软件故障；病毒或黑客攻击；甲方人员操作不当。乙方处理上述问题的，按第2.2条约定的人日单价收费。

6.5 维护服务期间，乙方提供的软件升级仅限于标准产品的升级，不包括定制模块的适配；定制模块的适配工作另行计费。

## 第七条 培训

7.1 乙方在上线前为甲方提供一次集中培训，培训对象为甲方管理人员、工艺师傅及仓库人员，培训时长合计不超过三天。培训地点为甲方工作室，甲方负责提供场地和设备。

7.2 超出上述范围的培训，乙方按每人日人民币2,800元收费。

## 第八条 甲方义务

8.1 甲方应指定一名项目联系人，负责需求确认、资料提供和内部协调。

8.2 甲方应按乙方要求准备服务器、数据库及网络环境，并负责服务器的日常运行、备份和安全防护。

8.3 甲方应按时确认需求说明书及各阶段工作成果，甲方在收到乙方确认请求后5个工作日内未提出书面意见的，视为确认。

8.4 甲方应按本合同约定及时付款。

## 第九条 知识产权

9.1 “织迹”软件及其全部升级版本的知识产权归乙方所有。

9.2 乙方为甲方定制开发的功能模块、程序代码、数据模型及相关文档的知识产权归乙方所有。甲方在本合同约定的范围内享有非独占的使用权，不得修改、反编译或许可第三方使用。乙方不向甲方交付源代码。

## 第十条 数据

10.1 甲方录入系统的工艺数据、纹样图片、原料及客户信息属于甲方。

10.2 甲方同意乙方可将系统运行中产生的数据经脱敏处理后，用于乙方产品改进、行业分析及同类客户的方案参考，该使用不受本合同期限限制。

10.3 乙方采取防火墙、数据加密和访问权限控制等措施保障系统数据安全。因乙方原因导致甲方数据泄露或丢失的，乙方应在24小时内通知甲方，协助恢复，并承担相应责任。

10.4 甲方应自行定期备份系统数据，因甲方未备份造成的数据损失，乙方不承担责任。

## 第十一条 保密

11.1 双方对在合作中知悉的对方商业秘密负有保密义务，未经对方同意不得向第三方披露。本条义务在合同终止后两年内有效。

11.2 乙方可在宣传材料和客户名单中使用甲方名称及案例，无需另行取得甲方授权。

## 第十二条 责任限制

12.1 乙方在本合同项下的累计赔偿责任，无论基于何种原因，以合同总价的25%为限。

12.2 乙方不对甲方的间接损失、利润损失、商誉损失或数据损失承担责任。

12.3 甲方因使用软件产生的经营风险由甲方自行承担。

## 第十三条 合同解除

13.1 一方违反本合同主要义务，经对方书面通知后30日内仍未纠正的，守约方有权解除本合同。

13.2 合同解除后，甲方已支付的款项不予退还，但乙方未完成部分的定制开发费除外。

13.3 甲方未按期付款超过30日的，乙方有权解除合同，并要求甲方支付已完成工作的费用。

## 第十四条 争议解决

14.1 因本合同发生的争议，双方应友好协商；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十五条 不可抗力

15.1 因不可抗力或政策变化、网络运营商故障、第三方软件缺陷等非乙方原因导致合同无法履行或延迟履行的，乙方不承担责任。

15.2 受影响一方应在不可抗力发生后15日内通知对方，双方协商是否继续履行合同。

## 第十六条 其他

16.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

16.2 本合同未尽事宜，双方可另行签订补充协议。补充协议与本合同不一致的，以补充协议为准。

16.3 双方的通知应以书面形式发送至本合同首页载明的地址或联系人邮箱。

16.4 本合同附件为需求说明书和项目计划，附件以乙方最终提交的版本为准。

甲方（盖章）：　　　　　　　　乙方（盖章）：

日期：　　　　　　　　　　　　日期：
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. OMB-CN-2027-014
P:This Software Licence and Services Agreement (the "Agreement") is made between Yunnan Dianchi Horticulture Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Kunming, Yunnan Province (the "Buyer"), and Ombrone Systems S.r.l., a company incorporated in Italy with its registered office at Via Fiorentina 118, 51100 Pistoia, Italy (the "Vendor").
P:The Vendor develops VivaioPlan, a production-planning and inventory system for plant nurseries. The Buyer operates container and open-field nurseries on four sites in Yunnan and wishes to license VivaioPlan on a perpetual basis and to have the Vendor configure, extend and implement it. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the VivaioPlan standard modules listed in Annex 1, in object code, with their documentation and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means everything the Vendor creates specifically for the Buyer under this Agreement, including the greenhouse-sensor interface, the Chinese-language label and plant-passport templates, the ERP interface, reports, data-migration scripts and their source code and documentation.
P:1.3 "Buyer Data" means all data entered into, uploaded to or generated by the Software in the Buyer's environment, including plant stock records, customer and order data, cultivation records and personal information of the Buyer's employees and customers.
P:1.4 "Final Acceptance" means the Buyer's written acceptance certificate issued under Article 5.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software for the internal business of the Buyer and its subsidiaries in mainland China, without limit on named users, on servers owned or controlled by the Buyer.
P:2.2 The Vendor shall perform the implementation services described in Annex 2: requirements workshops, configuration of the four nursery sites, development of the Custom Deliverables, migration of the Buyer's stock and customer records from its current spreadsheets and legacy system, integration testing, go-live support and training.
P:2.3 The Software shall be delivered with a fully localised Chinese user interface. Documentation shall be supplied in Chinese and English.
H:Article 3 Price
P:3.1 The total Contract Price is CNY 1,944,000, inclusive of VAT and all withholding taxes, made up as follows: Licence Fee CNY 1,360,000; Implementation Services CNY 520,000; Training CNY 64,000.
P:3.2 The Contract Price is fixed. Travel, accommodation and living expenses of the Vendor's personnel in China are included.
H:Article 4 Payment and Schedule
P:4.1 The Buyer shall pay the Contract Price in three instalments: (a) 20% within 30 days after signature of this Agreement, against the Vendor's invoice; (b) 45% within 30 days after the Vendor has completed installation and configuration at all four sites and the Buyer has signed an installation certificate, which confirms completeness only and is not acceptance; and (c) 35% within 30 days after Final Acceptance.
P:4.2 The Vendor shall complete installation and configuration within 90 days and achieve Final Acceptance within 150 days after signature, in accordance with the project plan in Annex 3.
P:4.3 If Final Acceptance is delayed for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.07% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price. Payment of liquidated damages does not relieve the Vendor of its obligation to complete the work.
H:Article 5 Acceptance
P:5.1 Final Acceptance requires that: (a) every function listed in Annex 1 and every Custom Deliverable passes the test cases agreed in the acceptance test plan; (b) migrated stock and customer records reconcile with the source records, with every discrepancy explained and corrected; (c) the ERP interface exchanges orders and invoices without error for ten consecutive working days; (d) the Software runs in production at all four sites for 30 consecutive days without a Severity 1 incident; and (e) all documentation and the source code of the Custom Deliverables have been delivered.
P:5.2 The Buyer shall run the acceptance tests within 10 working days after the Vendor's written notice of readiness. If a test fails, the Vendor shall correct the defect and the test shall be repeated. Installation, go-live or use of the Software in production does not constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform substantially in accordance with their documentation and specifications for a warranty period of 18 months from Final Acceptance. During the warranty period the Vendor shall correct defects, supply all updates and new versions of the Software, and provide support free of charge.
P:6.2 Incidents shall be classified as follows: Severity 1, the Software is unavailable or a core function such as stock movements or order entry cannot be used at any site; Severity 2, a function is impaired but a workaround exists; Severity 3, any other question or minor defect.
P:6.3 The Vendor shall respond to a Severity 1 incident within 1 hour, around the clock, and provide a workaround or fix within 8 hours. Severity 2 incidents shall be answered within 2 hours during the Buyer's business hours and fixed within 3 working days. Severity 3 incidents shall be answered within 1 working day.
P:6.4 For each full hour by which the Vendor exceeds the Severity 1 response or workaround time, the Vendor shall credit the Buyer CNY 1,000, deducted from the next payment due to the Vendor or paid to the Buyer on request.
P:6.5 After the warranty period the Buyer may order annual support and maintenance. The annual support fee shall be 11% of the Licence Fee, that is CNY 149,600 per year, and shall not be increased for the three years following the end of the warranty period. Support is ordered by a separate purchase order each year; there is no automatic renewal.
H:Article 7 Intellectual Property
P:7.1 The Software and all intellectual property in it remain the property of the Vendor and its licensors.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Buyer upon creation. The Buyer may use, modify, copy and license the Custom Deliverables freely, itself or through third parties. The Vendor shall deliver the source code of the Custom Deliverables before Final Acceptance.
P:7.3 The Vendor shall defend and indemnify the Buyer against any claim that the Software or the Custom Deliverables infringe a third party's intellectual property rights.
H:Article 8 Buyer Data and Data Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor shall use Buyer Data only to perform this Agreement and shall not copy, retain, analyse or disclose it for any other purpose.
P:8.2 The Vendor shall access the Buyer's systems only through remote sessions approved by the Buyer for each occasion, recorded by the Buyer and protected by multi-factor authentication. The Vendor shall not transfer Buyer Data outside mainland China and shall comply with the PRC Personal Information Protection Law, the Data Security Law and the Cybersecurity Law.
P:8.3 The Vendor shall notify the Buyer of any actual or suspected security breach affecting Buyer Data within 24 hours after becoming aware of it, cooperate fully in containing and investigating it, and bear all losses, costs and regulatory penalties caused by a breach attributable to the Vendor or its personnel.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, use it only to perform this Agreement and disclose it only to employees and advisers who need to know it and are bound by equivalent obligations. This obligation survives termination for three years.
H:Article 10 Liability
P:10.1 The Vendor's total liability under this Agreement shall not exceed 150% of the Contract Price. This limit does not apply to liability under Article 7.3, Article 8, wilful misconduct, gross negligence, or death or personal injury.
P:10.2 Neither party is liable for indirect or consequential loss, except where caused by wilful misconduct.
H:Article 11 Subcontracting and Personnel
P:11.1 The Vendor shall not subcontract any part of its obligations without the Buyer's prior written consent. The Vendor remains fully responsible for the acts and omissions of any approved subcontractor.
P:11.2 The Vendor shall assign a named project manager and two senior consultants to the project. They may be replaced only with the Buyer's written approval and by persons of equivalent experience.
H:Article 12 Term and Termination
P:12.1 This Agreement enters into force on signature. The licence in Article 2.1 survives any expiry or termination, except termination by the Vendor under Article 12.3.
P:12.2 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to remedy it within 20 days after written notice, or if liquidated damages under Article 4.3 reach their maximum. In that case the Vendor shall refund the amounts paid for the parts of the work not accepted.
P:12.3 The Vendor may terminate this Agreement if the Buyer fails to pay an undisputed amount within 60 days after a written reminder.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of Italy, excluding its conflict-of-laws rules and the United Nations Convention on Contracts for the International Sale of Goods.
P:13.2 Any dispute arising out of or in connection with this Agreement shall be finally settled by arbitration under the Rules of the Milan Chamber of Arbitration by a sole arbitrator. The seat of arbitration is Milan, Italy, and the language of the proceedings is English.
H:Article 14 General
P:14.1 This Agreement is made in English and Chinese, in two originals in each language. Both versions are equally authentic.
P:14.2 Annex 1 (Software modules and specifications), Annex 2 (Implementation services), Annex 3 (Project plan) and Annex 4 (Acceptance test plan) form part of this Agreement.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

E02 = """# PortDesk Subscription Order Form

**Order Form No.** PRM-OF-2027-0087

This Order Form consists of Part A (Order Details) and Part B (General Terms). By signing Part A, the parties agree to both parts.

## PART A - ORDER DETAILS

### A1. Parties

**Vendor:** Priamar Cloud S.r.l., Corso Italia 41, 17100 Savona, Italy, VAT IT 01894560093.

**Customer:** Tianjin Haihe Shipping Agency Co., Ltd., a company incorporated in the People's Republic of China, registered office in Tianjin Binhai New Area.

### A2. Service and Subscription Term

The Vendor will provide PortDesk, its cloud service for vessel-agency work: port-call planning, proforma and final disbursement accounts, husbandry requests, document exchange with principals and a supplier portal, together with the onboarding services described in A4.

The Subscription Term starts on the Service Start Date (the date of Onboarding Acceptance) and runs for two Subscription Years. Each Subscription Year runs from the Service Start Date, or from its anniversary, to the day before the next anniversary.

### A3. Fees

| Item | Quantity | Unit price (CNY) | Subscription Year 1 (CNY) | Subscription Year 2 (CNY) | Total (CNY) |
|---|---|---|---|---|---|
| PortDesk Professional, Named Users | 120 users | 2,150 per user per Subscription Year | 258,000 | 258,000 | 516,000 |
| Onboarding services (one-time) | 1 | 44,000 | 44,000 | - | 44,000 |
| **Total Order Value** | | | **302,000** | **258,000** | **560,000** |

All fees are in CNY and include VAT. Additional Named Users may be added at the same unit price, pro rata for the remainder of the Subscription Year; such additions are not part of the Total Order Value.

### A4. Onboarding

The Vendor will configure PortDesk for the Customer's offices in Tianjin, Qingdao, Dalian and Lianyungang; load the Customer's tariff tables, supplier list and port-cost templates; build the Customer's disbursement-account layouts in Chinese and English; connect PortDesk to the Customer's finance system through the standard interface; and train key users and administrators. The target date for Onboarding Acceptance is 75 days after signature of this Order Form.

### A5. Invoicing and Payment

The onboarding fee is invoiced on Onboarding Acceptance. Subscription fees are invoiced annually in advance at the start of each Subscription Year. Invoices are payable within 30 days. Customer Data is hosted in a data centre in mainland China operated by the Vendor's hosting provider, Shanghai Yunhai Data Services Co., Ltd., which the Customer approves by signing this Order Form.

### A6. Signatures

For the Vendor: ____________________ Name / Title / Date

For the Customer: ____________________ Name / Title / Date

## PART B - GENERAL TERMS

### 1. Definitions

1.1 "Service" means PortDesk as described in A2, including updates made generally available by the Vendor during the Subscription Term.

1.2 "Customer Data" means all data and documents that the Customer or its users submit to the Service or that the Service generates from them, including vessel, cargo, principal and supplier data and personal information of crew members and contacts.

1.3 "Customer Configurations" means the tariff tables, templates, disbursement-account layouts, workflows and report layouts created for the Customer during onboarding or later at the Customer's request.

### 2. Use of the Service

2.1 The Vendor grants the Customer and its Named Users a non-exclusive, non-transferable right to use the Service during the Subscription Term for the Customer's internal business.

2.2 The Customer shall not resell the Service, attempt to reverse engineer it or use it to build a competing product. Named User accounts may not be shared, but may be reassigned to a new employee when a user leaves.

### 3. Service Availability and Support

3.1 The Vendor will use commercially reasonable efforts to make the Service available 24 hours a day, 7 days a week, except for planned maintenance, which the Vendor will try to schedule outside the Customer's business hours and announce in advance.

3.2 Support is provided through the Vendor's online help centre and by email during the Vendor's business hours in Italy. The Vendor will endeavour to respond to support requests promptly and to resolve errors within a reasonable time, having regard to their nature and impact.

3.3 The Vendor may modify the Service from time to time, provided that the Customer's use of the functions described in A2 is not materially reduced.

### 4. Onboarding Acceptance

4.1 When onboarding is complete, the Vendor will notify the Customer. The Customer will then test, within 10 working days: (a) creation of a complete port call with proforma and final disbursement accounts for each of its four offices; (b) correct calculation of port dues and agency fees against the loaded tariffs, verified on 20 sample calls; (c) transfer of approved accounts to the finance system without error on five consecutive working days; and (d) the Chinese and English account layouts.

4.2 If all tests pass, the Customer will sign an Onboarding Acceptance certificate. If a test fails, the Vendor will correct the defect and the test will be repeated. Access to the Service for testing is not acceptance.

4.3 If Onboarding Acceptance is not achieved by the target date in A4 for reasons attributable to the Vendor, the Vendor shall pay the Customer liquidated damages of 0.08% of the Total Order Value for each day of delay, up to 8% of the Total Order Value.

### 5. Customer Data and Security

5.1 Customer Data belongs to the Customer. The Vendor shall process Customer Data only to provide the Service and the support described in this Order Form and for no other purpose.

5.2 The Vendor shall keep Customer Data in mainland China, encrypt it in transit and at rest, restrict access to authorised personnel on a need-to-know basis, keep access logs and back up Customer Data daily. The Vendor maintains ISO/IEC 27001 certification for the Service and shall comply with the PRC Personal Information Protection Law and Data Security Law.

5.3 The Vendor shall notify the Customer of any security breach affecting Customer Data within 24 hours after becoming aware of it, take all necessary steps to contain it, and compensate the Customer for losses, costs and penalties caused by a breach attributable to the Vendor or its hosting provider.

5.4 Within 30 days after the end of the Subscription Term, the Vendor shall return Customer Data in a common machine-readable format and then delete it, confirming the deletion in writing.

### 6. Intellectual Property

6.1 The Vendor retains all rights in the Service and its underlying software.

6.2 Customer Configurations belong to the Customer. The Customer may export them, use and modify them freely and let third parties use them, including after the Subscription Term.

### 7. Confidentiality

7.1 Each party shall keep confidential the other party's non-public business, technical and financial information, including Customer Data and the terms of this Order Form, use it only for the purposes of this Order Form and not disclose it to any third party without prior written consent, except to its professional advisers or as required by law.

7.2 These obligations continue for three years after the end of the Subscription Term.

### 8. Renewal

8.1 At the end of the Subscription Term, the subscription renews automatically for a further Subscription Year, and then again at the end of each renewal term, unless either party gives written notice of non-renewal at least 60 days before the end of the current term.

8.2 The Vendor may increase the fees for any renewal term by notifying the Customer at least 75 days before the renewal date. An increase shall not exceed 9% of the fees of the preceding term.

### 9. Liability

9.1 The Vendor's aggregate liability under this Order Form shall not exceed two times the Total Order Value. This limit does not apply to breach of Section 5 or Section 7, wilful misconduct or gross negligence.

9.2 Neither party is liable for loss of profits or indirect damages, except in case of wilful misconduct.

### 10. Subcontracting

10.1 The Vendor shall not subcontract the performance of the Service or the onboarding services without the Customer's prior written consent, except to the hosting provider named in A5. The Vendor remains responsible for all subcontractors.

### 11. Term and Termination

11.1 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving written notice describing it.

11.2 If the Customer terminates under 11.1, the Vendor shall refund the prepaid subscription fees for the period after termination.

### 12. Governing Law and Jurisdiction

12.1 This Order Form is governed by the laws of Italy.

12.2 The courts of Savona, Italy, have exclusive jurisdiction over any dispute arising out of or in connection with this Order Form.

### 13. General

13.1 This Order Form is the entire agreement between the parties on its subject matter and supersedes any purchase order terms of the Customer.

13.2 Notices shall be given in writing to the addresses in A1, with a copy by email.

13.3 Neither party may assign this Order Form without the other party's prior written consent, except to a successor of its whole business that accepts all of its obligations.

13.4 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided it notifies the other party promptly and does everything reasonable to resume performance.
"""

E03 = """T:Purchase Contract for Tank Farm Sensors and Monitoring Software
P:Contract No. HY-PC-2027-0342
P:This Contract is made between Qingdao Haiyue Edible Oil Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Huangdao District, Qingdao (the "Buyer"), and Riviera Sensori S.r.l., a company incorporated in Italy with its registered office at Via Nazionale 212, 18100 Imperia, Italy (the "Supplier"). This Contract is on the Buyer's standard form for equipment and software purchases.
H:1. Definitions and Scope
P:1.1 "Equipment" means the sensors, probes, gateways and accessories listed in the price table in clause 2.1.
P:1.2 "Software" means the Supplier's TankWatch monitoring software, including server and client components, the alarm engine, the mobile application and all updates supplied under this Contract.
P:1.3 "Custom Work" means the interface to the Buyer's distributed control system (DCS), the tank-farm dashboards and reports configured for the Buyer, and the alarm rules developed for the Buyer's 36 storage tanks, together with their source code, configuration files and documentation.
P:1.4 The Supplier shall supply the Equipment and the Software, install and commission them at the Buyer's tank farm at Qingdao Port, develop the Custom Work and train the Buyer's staff, so that the Buyer can monitor the level, temperature and leakage of every storage tank in real time.
H:2. Price
P:2.1 The Contract Price is CNY 1,738,000, inclusive of VAT, import duties, delivery to the Buyer's site and insurance, as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Radar level transmitter, tank-roof mounted|36|14,500|522,000
TB:2|Multi-point temperature probe|36|6,800|244,800
TB:3|Leak and vapour sensor, bund and pipe manifold|48|3,200|153,600
TB:4|Wireless gateway with backup power|8|15,700|125,600
TB:5|TankWatch software, perpetual licence (server and 20 clients)|1|488,000|488,000
TB:|Equipment and Licence Subtotal|||1,534,000
TB:6|Installation, commissioning and Custom Work|1|176,000|176,000
TB:7|Training|1|28,000|28,000
TB:|Contract Price|||1,738,000
P:2.2 The Contract Price is fixed and covers everything needed to deliver a working system, including mounting brackets, cabling between sensors and gateways and the Supplier's travel and living costs.
H:3. Payment
P:3.1 Within 20 days after signature, and against an advance-payment bank guarantee of the same amount issued by a bank acceptable to the Buyer, the Buyer shall pay 10% of the Contract Price.
P:3.2 Within 30 days after all Equipment has been delivered and installed and the Buyer has signed an installation certificate, the Buyer shall pay 55% of the Contract Price. The installation certificate confirms quantities and physical installation only and is not acceptance.
P:3.3 Within 30 days after Final Acceptance, the Buyer shall pay the remaining 35% of the Contract Price.
P:3.4 The Supplier shall issue a valid VAT invoice for each payment.
H:4. Delivery and Liquidated Damages
P:4.1 The Supplier shall deliver the Equipment to the Buyer's site within 70 days and complete installation and commissioning within 110 days after signature.
P:4.2 If delivery or Final Acceptance is late for reasons attributable to the Supplier, the Supplier shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a total of 10% of the Contract Price. The Buyer may deduct liquidated damages from any payment due.
P:4.3 All work on the tank farm is subject to the Buyer's permit-to-work system. Equipment installed in hazardous areas must carry valid explosion-protection certificates recognised in China.
P:4.4 The Supplier shall pack the Equipment for sea and road transport, mark every package with the contract number and tank tag numbers, and supply packing lists, certificates of origin, calibration certificates and explosion-protection certificates with each shipment. Risk passes to the Buyer when the Equipment has been installed and the installation certificate signed.
H:5. Acceptance
P:5.1 Final Acceptance takes place when: (a) every level transmitter agrees with a manual dip measurement within 3 mm on three occasions; (b) every temperature probe agrees with a calibrated reference within 0.5 degrees Celsius; (c) each leak sensor triggers an alarm in TankWatch and the DCS within 10 seconds of a simulated leak; (d) the DCS interface transfers all tank values without loss for 72 hours; (e) the system runs for 30 consecutive days without a Priority 1 fault; and (f) all documentation, certificates and source code of the Custom Work have been delivered.
P:5.2 The Buyer shall carry out the acceptance tests within 10 working days after the Supplier's written notice of readiness and sign a Final Acceptance certificate when all criteria are met. Delivery, installation or use of the system does not constitute acceptance. Failed tests shall be repeated after correction at the Supplier's cost.
H:6. Warranty, Service Levels and Support
P:6.1 The warranty period is 36 months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective Equipment, correct Software defects and supply Software updates free of charge, including parts, labour and travel.
P:6.2 Faults are classified and handled as follows:
TB:Priority|Description|Response|On site|Restoration
TB:Priority 1|Loss of monitoring of one or more tanks, or false overfill or leak alarms|30 minutes|8 hours|24 hours
TB:Priority 2|Single sensor fault with monitoring maintained by other sensors|2 hours|2 working days|3 working days
TB:Priority 3|Other faults and questions|1 working day|as agreed|next update
P:6.3 For each hour by which the Supplier exceeds a Priority 1 response or restoration time, the Supplier shall pay the Buyer CNY 800. The Buyer may deduct these amounts from any sum due to the Supplier.
P:6.4 After the warranty period, the Buyer may order annual support covering the Equipment and the Software. The annual support fee is 7.5% of the Equipment and Licence Subtotal, that is CNY 115,050 per year, fixed for the two years following the end of the warranty period. Support is ordered separately each year and does not renew automatically.
P:6.5 The Supplier shall keep spare level transmitters, probes and a gateway in Qingdao during the warranty period, so that Priority 1 faults can be restored within the times above.
H:7. Intellectual Property
P:7.1 The Software remains the property of the Supplier, which grants the Buyer a perpetual, non-exclusive licence to use it for the tank farm and any extension of it.
P:7.2 The Custom Work belongs to the Buyer. The Buyer may use, modify and license it freely and have third parties maintain it. The Supplier shall deliver the source code and configuration files of the Custom Work before Final Acceptance.
H:8. Data Security
P:8.1 All data collected by the system, including tank levels, temperatures, alarms and stock values, belongs to the Buyer. The Supplier shall use it only to perform this Contract and shall not copy, keep or disclose it for any other purpose.
P:8.2 The TankWatch server shall be installed in the Buyer's data room. The Supplier may access the system remotely only through the Buyer's VPN, with a separate approval for each session. The Supplier shall follow the Buyer's industrial-network security rules and keep its tools free of malware.
P:8.3 The Supplier shall report any security incident affecting the system or the Buyer's data within 12 hours, take immediate steps to contain it and compensate the Buyer for all losses caused by an incident attributable to the Supplier.
H:9. Confidentiality
P:9.1 The Supplier shall keep confidential all information about the Buyer's plant, stocks, processes and networks received under this Contract and shall not disclose it to any third party without the Buyer's prior written consent. This obligation continues for three years after the end of this Contract.
H:10. Subcontracting
P:10.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains responsible for any approved subcontractor as for itself.
H:11. Termination
P:11.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after written notice, or if liquidated damages under clause 4.2 reach their maximum.
P:11.2 On termination for breach, the Supplier shall refund the payments received for Equipment or work not accepted and compensate the Buyer for its direct losses.
H:12. Training and Documentation
P:12.1 The Supplier shall train up to twelve operators and four instrument technicians of the Buyer in the use, calibration and maintenance of the system, on site and in Chinese, and shall supply operating and maintenance manuals in Chinese.
H:13. Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China.
P:13.2 Disputes shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao in accordance with its rules. The award is final and binding on both parties.
H:14. General
P:14.1 This Contract is made in Chinese and English. Both versions are equally authentic.
P:14.2 Changes to this Contract are valid only if made in writing and signed by authorised representatives of both parties. Neither party may assign this Contract without the other party's written consent.
P:14.3 Annexes: Annex 1 Technical specifications; Annex 2 Site layout and tank list; Annex 3 Acceptance test plan.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed IT Services Agreement

**Agreement No.** ADS-JL-2027-02

**Between**

**Changzhou Jinling Precision Machinery Co., Ltd.**, a company incorporated in the People's Republic of China with its registered office in Wujin District, Changzhou, Jiangsu Province (the "Customer"); and

**Alpi Digital Services S.r.l.**, a company incorporated in Italy with its registered office at Corso Nizza 67, 12100 Cuneo, Italy, acting with its engineering team based in Changzhou (the "Provider").

**Background.** The Customer manufactures gearboxes and precision components at two plants in Changzhou. It wishes to outsource the operation of its IT infrastructure, network and service desk to the Provider for a fixed term of 36 months, on the terms below and in Schedules 1 to 3.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Commencement Date" means the date of Transition Acceptance under Section 4.

1.3 "Customer Data" means all data of the Customer, its employees, customers and suppliers that the Provider accesses, stores or processes in performing the Services.

1.4 "Deliverables" means the runbooks, network diagrams, configuration baselines, scripts, the configuration management database (CMDB) and all reports produced by the Provider for the Customer.

## 2. Term

2.1 This Agreement enters into force on signature. The Services run for 36 months from the Service Commencement Date (the "Term").

2.2 This Agreement may not be terminated before the end of the Term, except by written agreement of both parties. The Customer's remedies for any failure of the Provider are the service credits in Schedule 3 and damages under Section 11.

2.3 The parties may extend the Term by written agreement on terms to be agreed at that time. There is no automatic renewal.

## 3. Services

3.1 The Provider shall perform the Services described in Schedule 1 in accordance with the service levels in Schedule 3, good industry practice and the Customer's IT policies notified to the Provider.

3.2 The Provider shall keep at least four engineers on site at the Customer's plants during the Customer's production shifts, and provide remote monitoring from its operations centre at all other times.

3.3 The Provider shall maintain the CMDB, keep all changes under a documented change-management process approved by the Customer, and submit a monthly service report with service-level results, incidents, changes, capacity trends and improvement proposals.

3.4 The Customer shall give the Provider's engineers access to its plants, systems and documentation as reasonably needed, provide desks and network access on site, and name an IT coordinator who approves changes and accepts reports.

3.5 The Provider shall name a service delivery manager and a lead engineer for the Customer. They may be replaced only after consultation with the Customer and with a handover period of at least 20 working days, except in case of resignation or illness.

## 4. Transition

4.1 Within 60 days after signature, the Provider shall take over the Services from the Customer's internal team, document the current environment, install its monitoring tools and set up the service desk.

4.2 Transition Acceptance requires that: (a) all servers, network devices and end-user devices listed in Schedule 1 are recorded in the CMDB and monitored; (b) runbooks for every critical system have been approved by the Customer; (c) the service desk has handled the Customer's tickets for 14 consecutive days in parallel with the internal team, meeting the service levels of Schedule 3; and (d) backup and restore of the ERP and MES databases have been tested successfully. The Customer shall issue a written Transition Acceptance certificate when all criteria are met.

4.3 If Transition Acceptance is not achieved within the 60 days for reasons attributable to the Provider, the Provider shall pay CNY 2,000 for each day of delay, up to CNY 120,000.

## 5. Charges and Payment

5.1 The charges are set out in Schedule 2. The Total Contract Value is CNY 2,600,000, inclusive of VAT.

5.2 The Transition Fee is payable within 30 days after Transition Acceptance. The Monthly Service Charge is invoiced monthly in arrears and payable within 30 days after receipt of a correct invoice, net of any service credits for that month.

5.3 The charges are fixed for the Term and cover all labour, tools, monitoring software and travel. Hardware replacement parts are purchased by the Customer.

## 6. Customer Data and Security

6.1 Customer Data belongs to the Customer. The Provider shall use it only to perform the Services and for no other purpose, and shall not copy it outside the Customer's systems.

6.2 The Provider shall apply the Customer's information-security policies, use named accounts with multi-factor authentication for all privileged access, record privileged sessions, and keep its monitoring data inside mainland China. The Provider shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law.

6.3 The Provider shall report any security incident affecting Customer Data or the Customer's systems within 2 hours, contain it, support the investigation and compensate the Customer for losses caused by an incident attributable to the Provider.

## 7. Confidentiality

7.1 Each party shall keep confidential all non-public information received from the other party, including product drawings, production data, prices and network information, and use it only for this Agreement. This obligation continues for three years after the end of the Term.

## 8. Intellectual Property

8.1 The Deliverables belong to the Customer, which may use, modify and license them freely, including with a successor provider. The Provider's pre-existing tools remain its property; where they are needed to use the Deliverables, the Provider grants the Customer a free, perpetual licence.

## 9. Subcontracting

9.1 The Provider may subcontract any part of the Services to third parties, including its affiliates, by giving the Customer written notice at least ten days before the subcontractor starts work. The Provider remains responsible for its subcontractors.

## 10. Exit

10.1 In the last 90 days of the Term, the Provider shall cooperate with the Customer and any successor provider, hand over all Deliverables, credentials and open tickets, and continue the Services without reduction until the end of the Term.

## 11. Liability

11.1 The Provider's total liability under this Agreement shall not exceed 150% of the Total Contract Value. The limit does not apply to breach of Section 6 or Section 7, wilful misconduct or gross negligence.

11.2 Neither party is liable for indirect or consequential loss, except in case of wilful misconduct.

## 12. Force Majeure

12.1 A party prevented from performing by an event beyond its reasonable control shall notify the other party promptly and is excused for the duration of the event. The Provider's disaster-recovery obligations in Schedule 1 continue to apply.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The language of arbitration is English.

## 14. General

14.1 This Agreement, with its Schedules, is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.

## Schedule 1 - Service Scope

| Service element | Scope | Hours |
|---|---|---|
| Service desk | Tickets by phone, portal and messaging, in Chinese and English, for about 640 users | Shift hours on site, remote at other times |
| End-user support | 610 PCs and laptops, 85 shop-floor terminals, printers and scanners | Production shifts |
| Server operation | 46 virtual and 9 physical servers, ERP, MES, PLM and file services | Around the clock monitoring |
| Network operation | Core and access switches, firewalls, Wi-Fi and the link between the two plants | Around the clock monitoring |
| Backup and recovery | Daily backup, monthly restore test, disaster-recovery test twice a year | As scheduled |
| Security operation | Patch management, antivirus, vulnerability scans, firewall rule reviews | As scheduled |

## Schedule 2 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Fee | One-time, after Transition Acceptance | 134,000 |
| Monthly Service Charge | CNY 68,500 per month for 36 months | 2,466,000 |
| Total Contract Value | | 2,600,000 |

## Schedule 3 - Service Levels and Service Credits

| Priority | Definition | Response | Resolution or workaround |
|---|---|---|---|
| P1 | Production stopped at a plant, or ERP, MES or the core network down | 15 minutes | 3 hours |
| P2 | A critical system degraded, or a department unable to work | 30 minutes | 8 hours |
| P3 | A single user or non-critical function affected | 2 hours | 2 working days |

| Measure | Target | Service credit |
|---|---|---|
| Monthly availability of ERP, MES and core network | 99.95% | 3% of the Monthly Service Charge for each 0.1 percentage point below target |
| P1 response and resolution | Every P1 within target | CNY 2,000 for each P1 incident outside target |
| P2 and P3 resolution | 95% of tickets within target each month | 2% of the Monthly Service Charge |
"""

E05 = """FIBREINDEX DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. LD-CN-2027-009

PARTIES

Lanificio Data S.r.l., a company incorporated in Italy with its registered office at Via Italia 22, 13900 Biella, Italy (the "Vendor"); and

Shaoxing Keqiao Yuanhang Textile Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Keqiao District, Shaoxing, Zhejiang Province (the "Customer").

BACKGROUND

The Vendor publishes FibreIndex, a database of wool, cashmere and other fibre prices, spinning-mill capacity, and supplier certification records, delivered through an application programming interface (API) and a web dashboard. The Customer buys yarn and fabric from several hundred suppliers and wishes to subscribe to FibreIndex for two Subscription Years to support its purchasing and supplier assessment. The parties agree as follows.

1. DEFINITIONS

1.1 "Effective Date" means the date on which both parties have signed this Agreement.

1.2 "Go-Live Date" means the date on which the Customer issues the Onboarding Acceptance certificate under clause 4.

1.3 "Subscription Year" means each of the two consecutive periods of the Subscription Term, the first starting on the Go-Live Date and the second on its first anniversary.

1.4 "Vendor Data" means the prices, indices, capacity figures, certification records and other content supplied by the Vendor through the Service.

1.5 "Customer Inputs" means the supplier lists, purchase volumes, specifications and other information the Customer uploads to the Service for matching and analysis.

1.6 "Custom Deliverables" means the connector between the Service and the Customer's purchasing system and the dashboards and reports built specifically for the Customer during onboarding.

2. SERVICE

2.1 The Vendor grants the Customer a non-exclusive, non-transferable right during the Subscription Term to access the Service through the API and the dashboard, for up to 25 named dashboard users and up to 200,000 API calls per month, and to use Vendor Data in the Customer's internal business, including in reports shared with its own management and auditors.

2.2 The Customer shall not resell Vendor Data, publish it in bulk or use it to build a competing data product.

2.3 The Vendor shall update daily prices each business day, capacity figures monthly and certification records within five business days after a change is published by the certifying body.

3. FEES AND PAYMENT

3.1 The fees are:
(a) Onboarding Fee (one-time): CNY 42,000;
(b) Subscription Fee, Subscription Year 1: CNY 318,000;
(c) Subscription Fee, Subscription Year 2: CNY 318,000.
The Total Fees are CNY 678,000, inclusive of VAT. API calls above the monthly allowance are charged at CNY 0.02 per call and are not part of the Total Fees.

3.2 The Onboarding Fee and the Subscription Fee for Subscription Year 1 are invoiced together on the Effective Date and are payable within 15 days after the invoice date. The Vendor will begin onboarding and issue API credentials after receiving this payment.

3.3 The Subscription Fee for Subscription Year 2 is invoiced on the first anniversary of the Go-Live Date and is payable within 30 days.

3.4 All amounts are payable in CNY to the Vendor's account with its bank in Shanghai.

4. ONBOARDING AND ACCEPTANCE

4.1 Within 45 days after receipt of the payment under clause 3.2, the Vendor shall: load ten years of historical price and capacity data; match the Customer's supplier list against the FibreIndex certification records; build and install the connector to the Customer's purchasing system; configure the Custom Deliverables; and train the Customer's users.

4.2 Onboarding Acceptance requires that: (a) the API answers a test set of 2,000 queries agreed with the Customer correctly and with a median response time below 800 milliseconds; (b) at least 90% of the Customer's active suppliers have been matched, with the unmatched ones listed; (c) the connector transfers daily prices to the purchasing system without error on ten consecutive business days; and (d) the data dictionary and user guides have been delivered.

4.3 The Customer shall test within 10 business days after the Vendor's notice of readiness and issue an Onboarding Acceptance certificate when all criteria are met. Access to a test environment is not acceptance.

4.4 If the Go-Live Date does not occur within 60 days after the payment under clause 3.2 for reasons attributable to the Vendor, the Vendor shall pay the Customer CNY 480 for each day of delay, up to CNY 30,000, deducted from the Subscription Fee for Subscription Year 2.

5. SERVICE LEVELS

5.1 The API and the dashboard shall be available at least 99.95% of each calendar month, excluding planned maintenance announced five business days in advance and carried out between 22:00 and 02:00 China Standard Time.

5.2 Priority 1 incidents (API or dashboard unavailable, or daily prices not updated by 10:00 China Standard Time) shall be responded to within 1 hour, at any time. Priority 2 incidents (a function impaired) shall be responded to within 6 business hours, and other requests within two business days.

5.3 If monthly availability falls below the target, the Customer receives a service credit of 5% of one twelfth of the current Subscription Year's fee for each started 0.1 percentage point below target, and the same credit for each Priority 1 incident not responded to within the target time. Credits are deducted from the next invoice or refunded at the end of the Subscription Term.

6. CUSTOMER INPUTS

6.1 Customer Inputs remain the property of the Customer. The Vendor shall use Customer Inputs only to provide the Service to the Customer and shall not include them in Vendor Data, disclose them to other customers or use them for any other purpose.

6.2 At the end of the Subscription Term, the Vendor shall return Customer Inputs on request and then delete them.

7. INTELLECTUAL PROPERTY

7.1 The Service and Vendor Data remain the property of the Vendor and its data sources.

7.2 The Custom Deliverables belong to the Customer. The Customer may use, modify and license them freely, including after the Subscription Term. The Vendor shall deliver their source code and configuration on Onboarding Acceptance.

7.3 Reports and analyses prepared by the Customer using Vendor Data belong to the Customer and may be kept after the Subscription Term, provided they do not reproduce Vendor Data in bulk.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, including the Customer's purchasing volumes and prices and the terms of this Agreement, use it only for the purposes of this Agreement and not disclose it to any third party without prior written consent, except to professional advisers bound by confidentiality or as required by law.

8.2 These obligations continue for three years after the end of the Subscription Term.

9. WARRANTIES

9.1 The Vendor warrants that it has the right to license Vendor Data to the Customer, that Vendor Data is compiled with reasonable skill and care from the sources described in the documentation, and that the Service will perform substantially as described in the documentation.

9.2 The Vendor shall correct errors in Vendor Data reported by the Customer within three business days after confirming them.

10. LIABILITY

10.1 Each party's total liability under this Agreement shall not exceed one and a half times the Total Fees. This limit does not apply to breach of clause 8, infringement of the other party's intellectual property, wilful misconduct or gross negligence.

10.2 Neither party is liable for loss of profit or indirect loss, except in case of wilful misconduct.

11. SUBCONTRACTING AND ASSIGNMENT

11.1 The Vendor shall not subcontract any part of the onboarding services or the operation of the Service without the Customer's prior written consent. The Vendor remains responsible for any approved subcontractor.

11.2 Neither party may assign this Agreement without the other party's prior written consent.

12. TERM AND TERMINATION

12.1 This Agreement starts on the Effective Date and ends at the end of Subscription Year 2. It does not renew automatically; any renewal requires a new written order at prices agreed at that time.

12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice. If the Customer terminates for the Vendor's breach, the Vendor shall refund the fees paid for the period after termination and, if termination occurs before the Go-Live Date, the Onboarding Fee.

12.3 On termination or expiry, the Customer's right to access the Service ends. Clauses 6.2, 7, 8 and 10 survive.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the Shaoxing Arbitration Commission for arbitration in Shaoxing in accordance with its rules. The award is final and binding.

14. GENERAL

14.1 This Agreement is made in English and Chinese. Both versions are equally authentic.

14.2 Notices shall be given in writing to the addresses above, with a copy by email to the contact persons named in the onboarding plan.

For the Vendor: ____________________        For the Customer: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------------
FILES = {
    "h934z01": ("h934z01_river_dredging_sludge_platform.pdf", Z01, "zh"),
    "h934z02": ("h934z02_thumbtack_line_control_retrofit.docx", Z02, "zh"),
    "h934z03": ("h934z03_ultimate_frisbee_booking_saas.txt", Z03, "zh"),
    "h934z04": ("h934z04_fuel_tank_leak_monitoring_om.txt", Z04, "zh"),
    "h934z05": ("h934z05_shu_brocade_tracking_supplier_template.md", Z05, "zh"),
    "h934e01": ("h934e01_nursery_planning_licence_pistoia_vendor.pdf", E01, "en"),
    "h934e02": ("h934e02_port_agency_saas_order_form_savona.md", E02, "en"),
    "h934e03": ("h934e03_tank_farm_sensors_monitoring_imperia.docx", E03, "en"),
    "h934e04": ("h934e04_managed_it_services_36_months_cuneo.md", E04, "en"),
    "h934e05": ("h934e05_fibre_data_api_subscription_biella.txt", E05, "en"),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
             "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
             "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
             "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
T, F, N = True, False, None
G, S = "goods_or_licence", "service"

# key: category, terms (in TERM_KEYS order), extra (sla_clause, ld_stated, post_warranty_fee_capped | None, deemed,
# contract_value), TCO data (fee base, warranty months) or None, forum outside mainland China
LABELS = {
    "h934z01": ("software", [99.95, 0.5, T, "buyer", T, T, T, 0.06, N, 20, T, T, 24, 9.5, F, T, F, "PRC", G],
                (T, T, T, F, 2368000), (1120000, 24), False),
    "h934z02": ("hardware", [N, 1, T, "buyer", T, T, T, 0.08, N, 20, T, T, 18, 28, F, T, T, "PRC", G],
                (T, T, T, F, 1560000), (1280000, 18), False),
    "h934z03": ("cloud", [99.5, 0.5, T, "buyer", T, T, T, 0.1, 6 / 24 * 100, N, T, N, N, N, T, T, F, "PRC", S],
                (T, T, N, F, 870000), None, False),
    "h934z04": ("services", [N, 6, T, "buyer", T, T, F, 0.02, N, N, T, N, N, N, F, T, F, "PRC", S],
                (T, T, N, F, 648000), None, False),
    "h934z05": ("software", [N, 2, F, "supplier", T, F, T, N, 25, 65, F, F, 6, N, F, T, N, N, G],
                (T, F, F, T, 486000), None, False),
    "h934e01": ("software", [N, 1, T, "buyer", T, T, T, 0.07, 150, 20, T, T, 18, 11, F, T, F, "Italy", G],
                (T, T, T, F, 1944000), (1360000, 18), True),
    "h934e02": ("cloud", [N, N, F, "buyer", T, T, T, 0.08, 200, N, T, N, N, N, T, T, F, "Italy", S],
                (F, T, N, F, 560000), None, True),
    "h934e03": ("hardware", [N, 0.5, T, "buyer", T, T, T, 0.1, N, 10, T, T, 36, 7.5, F, T, F, "PRC", G],
                (T, T, T, F, 1738000), (1534000, 36), False),
    "h934e04": ("services", [99.95, 0.25, T, "buyer", T, T, T, 2000 / 2600000 * 100, 150, N, T, N, N, N, F, F, T,
                             "PRC", S], (T, T, N, F, 2600000), None, False),
    "h934e05": ("cloud", [99.95, 1, T, "buyer", F, T, T, 480 / 678000 * 100, 150, (42000 + 318000) / 678000 * 100, T, N,
                          N, N, F, T, F, "PRC", S], (T, T, N, F, 678000), None, False),
}

DESIGN = {
    "h934z01": [],
    "h934z02": ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"],
    "h934z03": ["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"],
    "h934z04": ["CR-CONFIDENTIALITY", "CR-LD-LOW", "CR-SLA-RESPONSE"],
    "h934z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP",
                "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-WARRANTY"],
    "h934e01": ["CR-GOVERNING-LAW"],
    "h934e02": ["CR-AUTO-RENEWAL", "CR-GOVERNING-LAW", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
    "h934e03": [],
    "h934e04": ["CR-SUBCONTRACT", "CR-TERMINATION"],
    "h934e05": ["CR-DATA-SECURITY", "CR-PREPAYMENT"],
}
DESIGN_RISK = {"h934z01": "low", "h934z02": "high", "h934z03": "medium", "h934z04": "medium", "h934z05": "high",
               "h934e01": "low", "h934e02": "high", "h934e03": "low", "h934e04": "medium", "h934e05": "high"}

SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}

# policy §3 defaults
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_SHARE, HORIZON = 40, 5


def tco_share(key):
    terms, extra, tco = dict(zip(TERM_KEYS, LABELS[key][1])), LABELS[key][2], LABELS[key][3]
    if tco is None or terms["post_warranty_fee_pct"] is None:
        return None
    base, wm = tco
    years = max(0.0, HORIZON - wm / 12)
    fees = base * terms["post_warranty_fee_pct"] / 100 * years
    return fees / (extra[4] + fees) * 100


def derive(key):
    t = dict(zip(TERM_KEYS, LABELS[key][1]))
    sla, ld_stated, capped, deemed, _ = LABELS[key][2]
    goods = t["contract_kind"] == G
    r = set()
    if not sla:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability_pct"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1_response_hours"]:
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
    if not ld_stated:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld_rate_per_day_pct"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["liability_cap_pct"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepayment_pct"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or deemed or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]:
            r.add("CR-WARRANTY")
        pw = t["post_warranty_fee_pct"]
        if pw is None or not capped or pw > TH["post_warranty_fee_pct"]:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(key)
        if share is not None and capped and share > TCO_SHARE:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] is not None and t["governing_law"] != "PRC") or LABELS[key][4]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = {SEVERITY[x] for x in rules}
    return "high" if "high" in sev else ("medium" if "medium" in sev else "low")


def label(key):
    name = FILES[key][0]
    cat, vals, extra, _, _ = LABELS[key]
    terms = dict(zip(TERM_KEYS, vals))
    sla, ld_stated, capped, deemed, cv = extra
    ex = {"sla_clause": sla, "ld_stated": ld_stated}
    if terms["contract_kind"] == G:
        ex["post_warranty_fee_capped"] = capped
    else:
        assert capped is None and terms["warranty_months"] is None and terms["post_warranty_fee_pct"] is None
    ex["acceptance_deemed_on_delivery"] = deemed
    ex["contract_value"] = cv
    return {"file": name, "language": FILES[key][2], "category": cat, "expected_terms": terms, "expected_extra": ex,
            "expected_rules": derive(key)}


# ---------------------------------------------------------------------------------------------------------------------
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
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


THRESHOLD_PATTERNS = [
    r"(?<![\d.])99\.9(?!\d)", r"九十九点九(?![一二三四五六七八九])",
    r"(?<![\d.])4\s*(?:hours?|hrs?\b|h\b|小时|个小时)", r"\bfour[\s-]+hours?\b", r"(?<![十])四个?小时",
    r"(?<![\d.])0\.05(?!\d)", r"万分之五(?![十])", r"千分之零点五",
    r"(?<![\d.])100\s*%", r"百分之一?百",
    r"(?<![\d.])30\s*%", r"百分之三十(?![一二三四五六七八九])",
    r"(?<![\d.])12\s*-?\s*(?:calendar\s+)?months?", r"\btwelve[\s-]+(?:calendar\s+)?months?", r"(?<![\d.])12\s*个月",
    r"十二个月", r"一年(?!度)", r"\bone[\s-]+year\b",
    r"(?<![\d.])15\s*%", r"百分之十五(?![一二三四五六七八九])",
    r"(?<![\d.])40\s*%", r"百分之四十(?![一二三四五六七八九])",
    r"(?<![\d.])5\s*-?\s*(?:years?|年)(?!度)", r"\bfive[\s-]+years?\b", r"(?<![十])五年",
]
THRESHOLD_RE = re.compile("|".join("(?:%s)" % p for p in THRESHOLD_PATTERNS), re.I)
MUST_HIT = ["99.9%", "4 hours", "within 4 hours", "4小时", "四小时", "0.05%", "万分之五", "100%", "30 %", "百分之三十",
            "12 months", "12-month", "twelve months", "十二个月", "12个月", "一年", "one year", "15%", "百分之十五",
            "40%", "5 years", "five-year", "五年", "5年"]
MUST_MISS = ["99.95%", "99.99%", "24 hours", "24小时", "14 hours", "0.055", "10.05", "1000%", "130%", "7.5%", "115%",
             "140%", "25 years", "2025年", "112 months", "0.15%", "万分之五十", "服务年度", "百分之三十五", "十五年",
             "每年", "第一个服务年度", "3 hours", "0.4%", "0.08%"]


def scan(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        hits += [m.group(0) for m in THRESHOLD_RE.finditer(variant)]
    return hits


def self_test():
    for s in MUST_HIT:
        assert THRESHOLD_RE.search(s), ("must hit", s)
    for s in MUST_MISS:
        assert not THRESHOLD_RE.search(s), ("must miss", s)


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test()
    sources, targets = {}, {}
    for key, (name, src, lang) in FILES.items():
        ext = name.rsplit(".", 1)[1]
        if ext in ("txt", "md"):
            (OUT / name).write_text(src.strip("\n") + "\n", encoding="utf-8")
            print("wrote", name)
        else:
            sources[key], targets[key] = src, (name, ext)
    write(sources, targets, OUT, wrap_words=True)
    covered = set()
    for key, (name, src, lang) in FILES.items():
        lab = label(key)
        rules = lab["expected_rules"]
        assert rules == sorted(DESIGN[key]), (key, rules, DESIGN[key])
        assert risk(rules) == DESIGN_RISK[key], (key, risk(rules))
        covered |= set(rules)
        t = lab["expected_terms"]
        for k, th in TH.items():
            assert t[k] is None or abs(t[k] - th) > 1e-9, (key, k, t[k])
        share = tco_share(key)
        assert share is None or abs(share - TCO_SHARE) > 2, (key, share)
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1),
                                                               encoding="utf-8")
        text = read_back(OUT / name)
        n = length(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        hits = scan(text)
        print("%s %-52s %5d %s rules=%s risk=%s tco=%s" % (key, name, n, "zh-chars" if lang == "zh" else "en-words",
              ",".join(x[3:] for x in rules) or "-", risk(rules), "-" if share is None else "%.2f%%" % share))
        assert lo <= n <= hi, (key, n)
        assert not hits, (key, hits)
    assert covered == set(SEVERITY), sorted(set(SEVERITY) - covered)
    print("all checks passed; rules covered:", len(covered))


if __name__ == "__main__":
    main()
