"""holdout610: ten blind held-out draft contracts (sources, build, labels, checks).

Run: /work/main/.venv/bin/python -B make_files.py (in this folder). Writes the .txt/.md files from the sources below,
the .docx/.pdf through ../word_pdf.py, the .json labels, and asserts lengths, threshold-free text and label values,
the derived rules against the design list and the coverage of all 20 CR rules.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """
T:第五次全国经济普查数据采集平台采购合同
P:合同编号：HS-TJ-2026-017    采购方式：公开招标（政府采购）
P:甲方（采购人）：河山市统计局    乙方（供应商）：河山数联信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、乙方投标文件，双方就经济普查数据采集平台（以下简称“平台”）的软件许可与定制开发事宜，经协商一致，订立本合同，采用甲方提供的合同文本。
H:第一条 项目内容
P:1.1 乙方向甲方提供普查数据采集平台软件许可（永久使用许可，不限用户数），并完成以下定制开发：普查表单及指标库配置、单位清查底册管理、审核规则引擎（不少于六百条审核规则）、移动端采集应用（普查员手持终端）、与国家统计联网直报平台的数据接口。
P:1.2 乙方负责平台在甲方政务云上的部署、联调、试运行及普查员培训，并提交全部技术文档。
P:1.3 项目实施地点：甲方指定的政务云机房及甲方办公地点。
P:1.4 乙方应组建不少于八人的项目团队，项目经理须具有同类统计或普查平台的实施经验，未经甲方同意不得更换。乙方应每周向甲方提交项目周报，说明进度、问题及风险。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰零陆万陆仟元整（¥2,066,000），为固定总价，包含：平台软件许可费¥1,160,000；定制开发费¥742,000；部署实施费¥128,000；培训费¥36,000。
P:2.2 上述价款已包含税费、差旅、人工及乙方履约所需的一切费用，甲方不再另行支付其他费用。
P:2.3 合同履行期间，如普查方案调整导致少量表单或审核规则变更，乙方应在原价款范围内完成；超出招标范围的新增功能，由双方另行书面确认工作量和费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额履约保函后十五个工作日内，甲方支付合同总价的20%作为预付款，即¥413,200。
P:3.2 平台完成部署并通过初步验收后，甲方支付合同总价的45%，即¥929,700。
P:3.3 平台经普查试运行并通过最终验收后，甲方支付合同总价的35%，即¥723,100。
P:3.4 乙方每次收款前应开具合法有效的增值税发票。甲方按财政国库集中支付程序付款，因财政审批造成的合理延迟不视为甲方违约。
H:第四条 交付期限
P:4.1 乙方应于合同签订后九十日内完成部署并提交初步验收申请，于普查登记工作开始前完成全部定制功能。
P:4.2 因甲方原因造成工期延误的，交付期限相应顺延。
P:4.3 乙方应在普查员培训前完成移动端应用的发布，并为各区普查机构提供操作手册和视频教程；培训不少于六场，每场结束后由参训人员填写评价表，满意率低于九成的应补训一场。
P:4.4 甲方应为乙方提供必要的政务云资源、网络接入及办公条件，并指定项目联系人负责协调。
H:第五条 验收
P:5.1 初步验收标准：招标文件所列功能全部实现；审核规则逐条测试通过；移动端在甲方提供的三种型号终端上运行正常；联网直报接口连续十日数据报送无差错；在两千名普查员同时在线时，表单提交响应时间不超过3秒。
P:5.2 最终验收标准：平台在普查登记期间连续运行满六十日，未发生一级故障；第三方机构出具的安全测评报告无高风险问题；技术文档、源代码及部署手册齐全。
P:5.3 甲方应在收到验收申请后十个工作日内组织验收并出具书面意见。平台上线使用、甲方付款均不视为验收合格；验收未通过的，乙方应在十日内整改后重新申请验收。
H:第六条 质量保证与维护服务
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、规则调整及技术支持。
P:6.2 质保期内，乙方应每季度对平台进行一次巡检，并在普查登记、数据审核和汇总阶段安排工程师驻场值守。
P:6.3 质保期满后，甲方可选择与乙方签订维护服务合同，年度维护费不超过平台软件许可费的9%，即每年不超过¥104,400，该费率在质保期满后三个服务年度内保持不变。维护服务合同不自动续期。
H:第七条 服务水平
P:7.1 普查登记期间，平台月度可用率不低于99.95%，计划内维护须提前三日经甲方同意并在夜间进行。
P:7.2 一级故障（平台无法登录、数据无法提交或数据丢失）乙方应在30分钟内响应，2小时内到达现场或远程处置；二级故障2小时内响应；其他问题次一工作日内响应。
P:7.3 乙方响应或处置超时的，每超时一小时向甲方支付¥1,500；月度可用率每低于承诺值0.01个百分点，扣减当期应付款¥2,000。
H:第八条 知识产权
P:8.1 平台基础软件的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 乙方为本项目定制开发的表单、审核规则、接口程序、移动端应用及其源代码和文档，知识产权归甲方所有，甲方可自行修改、使用并许可他人使用。
H:第九条 数据安全
P:9.1 普查对象信息、普查数据及平台日志均属于甲方，乙方仅可为履行本合同处理上述数据，不得用于任何其他目的，不得留存或向第三方提供。
P:9.2 乙方应按照网络安全等级保护第三级要求部署平台，对数据传输和存储加密，运维人员须经甲方审批，通过堡垒机访问并全程留痕，不得将数据拷贝出甲方政务云。
P:9.3 发生或可能发生数据泄露、篡改、丢失的，乙方应在1小时内报告甲方并立即采取补救措施；因乙方原因造成数据安全事件的，乙方承担全部赔偿责任及由此产生的行政责任。
P:9.4 合同终止或履行完毕后，乙方应在十日内删除其掌握的全部普查数据副本，并向甲方提交书面删除确认。
H:第十条 保密
P:10.1 乙方对履约中知悉的普查对象信息、甲方工作秘密及未公开资料负有保密义务，未经甲方书面同意不得披露。
P:10.2 乙方应与参与项目的人员签订保密承诺书。保密义务不因合同终止而解除。
H:第十一条 违约责任
P:11.1 乙方逾期交付的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:11.2 乙方交付的平台不符合合同约定且整改后仍不合格的，甲方有权退货并要求乙方返还已付款项、赔偿损失。
P:11.3 违约金不足以弥补甲方实际损失的，乙方应就差额部分继续承担赔偿责任。
P:11.4 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十二条 分包与转让
P:12.1 未经甲方书面同意，乙方不得将本合同项下任何工作分包或转让给第三方。经同意分包的，乙方仍对分包工作承担全部责任。
H:第十三条 合同解除
P:13.1 乙方逾期交付超过三十日，或发生重大违约经甲方书面催告后十五日内仍未纠正的，甲方有权解除合同，并要求乙方支付违约金、赔偿损失。
P:13.2 因不可抗力致使合同目的无法实现的，任何一方可以解除合同。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:15.2 招标文件、投标文件及中标通知书为本合同的组成部分。本合同一式六份，甲方执四份，乙方执二份，自双方签字盖章之日起生效。
P:甲方（盖章）：河山市统计局    乙方（盖章）：河山数联信息技术有限公司
"""

Z02 = """
T:PE/PPR管材挤出生产线控制系统改造及维保合同
P:合同编号：YT-GC-2026-008
P:甲方（买方）：浙南永通塑业管材有限公司
P:乙方（卖方）：温州启衡自动化工程有限公司
P:甲方拟对其二号厂房四条PE/PPR管材挤出生产线的电气控制系统进行升级改造，乙方按本合同提供设备、软件、施工及维保服务。双方经协商一致，订立本合同。
H:第一条 改造范围
P:1.1 更换四条挤出线的主控PLC柜、触摸屏、温控模块和主机变频器，新增牵引、切割与扩口工位的同步控制；部署挤出工艺配方管理软件，实现配方下发、过程参数采集和批次记录；完成与甲方MES系统的数据对接。
P:1.2 乙方负责旧控制柜拆除、新设备安装、线缆敷设、单机调试、联动调试及操作人员培训。改造期间应分线停产、分线切换，每条线停产时间不得超过七日。
P:1.3 乙方应在进场前提交改造施工方案，包括停产切换计划、旧设备拆除方案、电气图纸和安全措施，经甲方设备部确认后方可施工。施工期间乙方人员应遵守甲方厂区安全、消防和动火管理制度，因乙方原因造成的人身伤害或财产损失由乙方负责。
P:1.4 甲方负责提供施工用电、临时堆放场地，并安排工艺人员配合调试和试生产；因甲方原料、模具等原因影响调试的，工期相应顺延。
H:第二条 设备、软件及价格
P:2.1 合同总价为人民币壹佰叁拾叁万元整（¥1,330,000），明细如下表：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|主控PLC柜（含CPU、I/O模块、柜体）|4套|86,000|344,000
TB:2|10寸工业触摸屏|8台|7,500|60,000
TB:3|多区温控模块（24区）|4套|32,000|128,000
TB:4|主机变频器（132kW）|4台|58,000|232,000
TB:5|牵引切割同步控制单元|4套|24,000|96,000
TB:6|工艺配方管理软件许可（永久）|1套|218,000|218,000
TB:7|MES对接接口模块|1套|70,000|70,000
TB:|软硬件小计| | |1,148,000
TB:8|拆除、安装及调试| | |164,000
TB:9|操作与维护培训| | |18,000
TB:|合同总价| | |1,330,000
P:2.2 合同总价含税、运输、保险、安装及调试费用。除甲方书面要求增加的工作外，乙方不得以任何理由要求增加费用。
P:2.3 乙方应在终验前向甲方移交电气原理图、接线图、PLC程序清单、软件安装介质、设备说明书及维护手册各两套，并提供电子版。
H:第三条 付款
P:3.1 合同生效后十日内，甲方支付合同总价的20%作为预付款（¥266,000）。
P:3.2 全部设备到货、安装完毕并经甲方签收后，甲方支付合同总价的55%（¥731,500）。到货签收仅确认数量与外观，不视为验收。
P:3.3 四条生产线全部通过终验后，甲方支付合同总价的25%（¥332,500）。
H:第四条 交货与工期
P:4.1 乙方应于合同生效后四十五日内将全部设备运至甲方厂区，并于合同生效后九十日内完成四条生产线的改造调试，提交终验申请。
P:4.2 乙方应按甲方认可的停产切换计划逐线施工，前一条线恢复正常生产后方可拆除下一条线的控制系统。
P:4.3 设备到货时应附装箱单、合格证及说明书，变频器、PLC须为原厂全新产品。
H:第五条 验收
P:5.1 终验标准：各线在正常生产条件下连续运行七十二小时无控制系统故障；挤出温度控制偏差不超过±1.5℃；牵引速度与挤出量同步误差不超过0.5%；配方切换时间不超过10分钟；MES可实时采集全部工艺参数且与现场仪表读数一致；成品管材壁厚合格率不低于改造前水平。
P:5.2 终验时，乙方应提交各线调试记录、参数整定表和七十二小时运行记录，甲方质检部门同步抽检成品管材的外径、壁厚及外观。
P:5.3 甲方在收到终验申请后七日内组织验收并出具书面验收报告。试生产、投产使用及设备签收均不视为验收合格。不合格的，乙方应在七日内整改并重新提交验收。
H:第六条 质保与维保
P:6.1 质保期为十八个月，自终验合格之日起计算。质保期内设备故障、软件缺陷由乙方免费维修或更换，备件费用由乙方承担。乙方应在甲方厂区存放常用易损备件，包括I/O模块、温控模块和触摸屏各一套。
P:6.3 培训：乙方应为甲方操作工、班组长和电气维修人员分别组织培训，内容包括配方管理、参数设定、常见报警处理和PLC程序备份恢复，培训后提交培训记录及考核结果。
P:6.2 质保期满后，乙方提供年度维保服务，年维保费为软硬件小计的7%（即每年¥80,360），该价格在质保期满后的三个维保年度内保持不变，续签须经双方书面确认。
H:第七条 故障响应
P:7.1 一级故障（整线停机或无法控制温度）：乙方应在1小时内远程响应，6小时内到达现场，24小时内恢复生产。
P:7.2 二级故障（单个工位异常但可维持生产）：3小时内响应，次日内到场处理。三级问题在三个工作日内解决。
P:7.3 乙方未按时响应或到场的，每超时一小时扣减¥500，从维保费或甲方应付款中扣除。
P:7.4 质保期及维保期内，乙方每半年对四条生产线进行一次预防性巡检，检查柜内元件、接线端子、散热风扇和变频器运行参数，并出具巡检报告和整改建议。
H:第八条 生产数据安全
P:8.1 生产线工艺参数、配方、批次记录及MES数据均属于甲方所有，乙方仅为实施和维保目的使用，不得用于其他用途。
P:8.2 乙方远程维护须事先经甲方设备部书面批准，通过甲方提供的VPN账号接入并保留操作日志；乙方不得擅自下载、复制或外传甲方配方数据；维护所用的移动存储介质须经甲方查毒。
P:8.3 因乙方原因导致配方数据泄露、丢失或生产数据被篡改的，乙方应在2小时内通知甲方，协助恢复，并赔偿甲方因此遭受的全部损失。
H:第九条 知识产权
P:9.1 配方管理软件的著作权归乙方或其原厂所有，甲方获得永久使用许可。
P:9.2 乙方为本项目编写的PLC程序、触摸屏画面、MES接口程序及其源代码，知识产权归甲方所有，乙方应在终验时一并移交，甲方可自行修改和使用。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
P:10.2 乙方提供的设备不符合约定的，应无条件更换，并承担由此增加的停产损失。
P:10.3 乙方施工不当造成甲方挤出机、模具或其他设备损坏的，应负责修复或按重置价值赔偿。
P:10.4 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十一条 分包
P:11.1 乙方可将线缆敷设等辅助施工分包给具备资质的单位，但须事先取得甲方书面同意，乙方对分包工作负全部责任。
P:11.2 分包单位人员进入甲方厂区，须遵守乙方与甲方的安全管理约定，乙方应对其进行安全交底并承担管理责任。
H:第十二条 解除
P:12.1 因不可抗力不能履行合同的，受影响一方应及时通知对方，并在十五日内提供证明，双方协商延期履行或解除合同。
P:12.2 乙方严重违约，经甲方书面通知后十日内未能纠正的，甲方有权解除合同，乙方应返还已收款项并赔偿损失。
H:第十三条 法律与争议
P:13.1 本合同适用中华人民共和国法律。争议协商不成的，提交甲方所在地人民法院诉讼解决。
P:13.2 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
"""

Z03 = """
鲜果连锁门店采购与会员管理SaaS服务合同

合同编号：GX-XX-2026-031

甲方（客户）：江城鲜果坊商业连锁有限公司
乙方（服务商）：杭州果链云科技有限公司

鉴于甲方在江城市及周边县区经营60家水果零售门店，需统一门店要货、供应商采购、仓配协同和会员营销管理，乙方拥有“果链云”零售SaaS平台，双方经友好协商，就乙方向甲方提供SaaS服务及实施服务事宜订立本合同。

一、服务内容
（一）订阅服务
1. 门店要货与采购管理：门店要货申请、总部汇总、供应商询价与下单、到货验收、损耗登记及库存盘点。
2. 仓配协同：中心仓入库、分拣波次、配送线路及门店签收。
3. 会员营销模块：会员注册与积分、储值卡、优惠券、社群拼团和消息推送。
4. 经营报表：门店销售、品类毛利、损耗率、会员复购等标准报表。
（二）实施服务
1. 平台初始化：导入甲方商品主数据（约1,800个SKU）、60家门店档案、供应商档案及历史会员数据。
2. 接口对接：完成与甲方现有收银系统、电子秤及财务软件的接口开发。
3. 定制报表：按甲方要求开发十二张定制经营报表。
4. 培训：为总部采购、仓储、财务人员及各门店店长提供操作培训，不少于八场。
（三）运营支持
1. 乙方提供7×24小时客服热线和在线工单系统，并指定一名客户成功经理，每月与甲方召开一次服务例会。
2. 乙方在服务期内免费提供平台版本升级，重大升级应提前十日通知甲方，并在甲方确认的时间窗口内发布。
3. 每逢春节、中秋等水果销售旺季前，乙方应对平台进行容量评估和压力测试，并安排技术人员值守。

二、服务期限
（一）本合同服务期为两个服务年度，自2026年4月1日起至2028年3月31日止。第一个服务年度自2026年4月1日至2027年3月31日，第二个服务年度自2027年4月1日至2028年3月31日。
（二）服务期满前六十日，任何一方未书面提出不续约的，本合同自动续展一个服务年度，可连续续展。续展期间，乙方有权根据其当期价格政策上调订阅服务费，上调幅度不超过上一服务年度费用的8%，并于续展前三十日通知甲方。

三、服务费用
（一）订阅服务费：门店版每店每服务年度¥3,800，60家门店合计¥228,000；会员营销模块每服务年度¥70,000。订阅服务费合计每服务年度¥298,000，两个服务年度共计¥596,000。
（二）实施服务费：¥74,000，一次性收取。
（三）本合同总金额为人民币陆拾柒万元整（¥670,000）。新增门店按每店每服务年度¥3,800按月折算，另行结算。
（四）上述费用均含增值税、云资源、短信以外的通道费用及乙方人员差旅费，乙方不得另行收取。

四、付款方式
（一）订阅服务费按季度支付，每季度服务费为¥74,500，甲方应于每季度首月的十日前支付当季服务费。
（二）实施服务费在上线验收合格后十五个工作日内一次性支付。
（三）乙方应在收款前开具增值税专用发票。

五、实施与上线验收
（一）乙方应于2026年5月31日前完成全部60家门店的上线。
（二）上线验收标准：
1. 商品、门店、供应商及会员数据导入完整，抽检两百条记录无差错；
2. 收银系统、电子秤及财务软件接口连续七日数据一致；
3. 十二张定制报表数据与甲方手工核对结果一致；
4. 全部门店连续十日完成要货、收货和盘点业务，无一级故障。
（三）甲方应在收到验收申请后七个工作日内完成验收并签署验收单。门店试用或甲方支付季度服务费不视为上线验收合格。
（四）甲方应指定项目负责人，按乙方提供的模板整理并提交基础数据，组织门店人员参加培训；因甲方资料提交延迟造成的上线延期，乙方不承担责任。
（五）乙方未能按期完成上线的，每逾期一日，向甲方支付¥600违约金。

六、服务水平
（一）平台月度可用率不低于99.5%，计划内维护应安排在凌晨零点至六点之间，并提前两日通知甲方。
（二）故障分级与响应：
1. 一级故障（全部或多数门店无法要货、收银对接中断）：30分钟内响应，3小时内恢复；
2. 二级故障（个别门店或单一功能异常）：2小时内响应，当日内解决；
3. 三级问题（咨询、报表格式等）：次一工作日内答复。
（三）服务补偿：月度可用率低于承诺值的，每低0.1个百分点，按当月订阅服务费的3%抵扣下期费用，单月抵扣不超过当月服务费的一半；一级故障响应每超时一小时，抵扣¥300。

七、数据权属与数据安全
（一）甲方在平台中录入、产生的商品、采购、销售及会员数据均归甲方所有，甲方可随时以通用格式自行导出全部数据，乙方不得设置障碍。
（二）甲方同意，乙方可以对甲方的销售及会员消费数据进行去标识化和汇总处理，用于编制水果零售行业分析报告、优化平台算法及改进产品，该使用权在本合同终止后继续有效。
（三）乙方应按照网络安全等级保护第二级以上要求运营平台，会员手机号等个人信息加密存储，运维访问实行权限审批和日志记录，并遵守《个人信息保护法》。
（四）发生数据泄露、丢失或被非法访问的，乙方应在24小时内通知甲方，采取补救措施，并承担因其原因造成的损失及相应法律责任。
（五）乙方使用的云服务器应位于中国境内，未经甲方同意不得将甲方数据传输至境外。
（六）合同终止后三十日内，乙方应向甲方完整移交甲方数据，并在甲方确认后删除平台中的甲方数据。

八、保密
双方对在合作中获悉的对方商业秘密、采购价格、供应商信息及会员信息负有保密义务，未经对方书面同意不得向第三方披露，保密期限至合同终止后三年。

九、知识产权
（一）“果链云”平台及其标准功能的知识产权归乙方所有。
（二）乙方为甲方开发的接口程序和十二张定制报表，知识产权归甲方所有，乙方应交付源代码，甲方可自行修改或委托他人维护。

十、责任限制
除数据安全及保密违约外，任何一方在本合同项下的累计赔偿责任以本合同总金额的150%为限。

十一、转委托
乙方不得将本合同项下服务转委托第三方，确需由第三方提供短信通道等辅助服务的，须事先取得甲方书面同意。

十二、合同解除
（一）任何一方严重违约，经对方书面催告后十五日内仍未改正的，守约方有权书面通知解除本合同。
（二）连续两个月月度可用率低于承诺值，或一个月内发生三次以上一级故障的，甲方有权解除合同，并按实际服务期结算费用。
（三）合同解除或终止的，乙方应配合甲方完成数据导出和系统切换，过渡期不少于三十日，过渡期内服务按原标准提供。

十三、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商不成的，提交杭州仲裁委员会仲裁。

十四、其他
（一）附件一《功能清单》、附件二《定制报表需求》、附件三《数据导入模板》为本合同组成部分，与本合同具有同等效力。
（二）任何一方变更联系人、通讯地址或收款账户的，应提前五个工作日书面通知对方。
（三）本合同一式两份，双方各执一份，经双方签字盖章后生效。

甲方（盖章）：江城鲜果坊商业连锁有限公司
乙方（盖章）：杭州果链云科技有限公司
"""

Z04 = """
海港出入境边防检查站自助查验通道系统运维服务合同

合同编号：HGBJ-YW-2026-005

甲方：海港出入境边防检查站
乙方：华通智检科技服务有限公司

为保障旅检现场自助查验通道系统稳定运行，甲方通过竞争性磋商确定乙方为运维服务供应商。双方依据《中华人民共和国民法典》等法律法规，订立本合同。

第一条 运维对象
（一）旅检大厅出境、入境自助查验通道共48条，包括通道闸机、证件阅读器、人脸识别摄像单元、指纹采集仪及通道控制终端。
（二）自助查验后台管理服务器、数据库服务器、核验比对服务及配套网络交换设备。
（三）上述设备和系统的清单以附件一为准，运维期间新增设备经双方确认后纳入运维范围。
（四）通道系统的等级保护测评、软件功能升级改造及设备整机更新不属于本合同运维范围，如有需要由甲方另行采购，乙方应予配合。

第二条 服务期限
服务期自2026年1月1日起至2026年12月31日止。期满后如需继续合作，双方另行签订合同，本合同不自动续期。

第三条 服务内容
（一）驻场运维：乙方安排六名工程师在口岸现场驻场，覆盖全部通关时段，每班不少于两人。
（二）日常巡检：每日开关关前对全部通道进行功能检查，每周对服务器、数据库和网络设备进行巡检，每月五日前提交上月运维报告，内容包括故障统计、可用率、备件消耗和改进建议。
（三）故障处理：对通道及后台系统故障进行诊断、修复和部件更换，做好故障记录和原因分析，同类故障反复出现的，应提出根本解决方案。
（四）备品备件：乙方在现场储备闸机门翼电机、证件阅读模块、摄像单元等关键备件，备件费用包含在服务费内。
（五）预防性维护：每季度对闸机机械部件进行清洁、润滑和校准，对人脸识别摄像单元进行补光和参数校正。
（六）重大保障：节假日客流高峰及重大活动期间，乙方按甲方要求增派人员现场保障。
（七）软件维护：对通道控制终端和后台系统进行补丁更新、病毒库升级和日志清理。任何软件变更须提交变更方案，经甲方审批后在非通关时段实施，并保留回退方案。
（八）应急管理：乙方应制定通道系统故障应急预案，报甲方备案，每半年配合甲方开展一次应急演练，确保在后台系统中断时能迅速切换至人工查验。
（九）资产管理：乙方应建立设备台账，记录设备状态、维修和部件更换情况，每季度与甲方核对一次。

第四条 服务费用及支付
（一）服务费总额为人民币壹佰零捌万陆仟元整（¥1,086,000），包括驻场人工费¥684,000、备品备件费¥258,000、巡检及预防性维护费¥144,000。
（二）服务费按季度支付，每季度¥271,500。每季度结束后，甲方依据本合同第五条进行季度考核，考核通过后十五个工作日内支付当季服务费。
（三）乙方应在每次付款前开具合法发票。
（四）甲方按国库集中支付程序付款，因财政资金拨付流程造成的合理延迟，不视为甲方违约。

第五条 服务考核
（一）甲方每季度对乙方服务进行考核，考核内容包括：通道可用率、故障响应及修复时限、巡检完成率、运维文档完整性和现场人员到岗情况。
（二）考核通过标准：季度通道可用率不低于99.95%；一级故障响应和修复时限全部达标；巡检完成率达到规定要求；运维记录完整、可追溯；驻场人员无擅自离岗。
（三）服务期满时，甲方依据四个季度的考核记录和乙方提交的运维总结报告进行终期评价，并出具书面评价意见。

第六条 服务水平
（一）通道可用率按季度计算，为通道实际可用时长与应开放时长之比，不低于99.95%。
（二）故障等级及时限：
1. 一级故障（同一方向三条以上通道停用，或后台核验服务中断）：15分钟内响应，1小时内恢复；
2. 二级故障（单条通道停用）：15分钟内响应，2小时内恢复；
3. 三级故障（部件性能下降但通道可用）：当班内处理完毕。
（三）服务扣减：通道可用率每低于承诺值0.01个百分点，扣减当季服务费¥3,000；一级故障每超时半小时扣减¥2,000，二级故障每超时一小时扣减¥500。扣减金额从当季服务费中直接扣除。

第七条 数据安全
（一）通道采集的旅客证件信息、人脸图像、指纹及通关记录均属甲方所有，乙方不得以任何方式获取、留存、使用或对外提供。
（二）乙方人员仅可在甲方监督下进行运维操作，不得接入外部网络，不得使用未经甲方登记的移动存储介质；更换下的存储部件须交由甲方按规定销毁。
（三）乙方应遵守国家有关数据安全和个人信息保护的规定，发现安全隐患或数据泄露迹象的，应立即报告甲方并配合处置；因乙方原因造成数据泄露的，乙方承担全部法律责任和赔偿责任。
（四）乙方运维账号实行一人一号，口令定期更换，所有操作通过甲方审计系统记录；乙方不得开通远程维护通道，确需原厂技术支持的，须经甲方批准并在甲方人员陪同下进行。

第八条 保密
乙方及其驻场人员对在服务中知悉的口岸查验工作信息、系统配置和网络结构负有保密义务，驻场人员应签订保密承诺书并接受甲方安全审查。保密义务在合同终止后继续有效。

第九条 知识产权
乙方在运维过程中编写的运维脚本、配置文档、故障分析报告等成果归甲方所有。

第十条 人员管理
（一）乙方驻场人员名单应报甲方审核，人员调整须提前十日书面报告，关键岗位人员不得频繁更换。
（二）驻场人员应遵守口岸限定区域管理规定，着装整齐，服从甲方现场管理。
（三）乙方应对驻场人员进行岗前培训和定期考核，培训内容包括设备原理、故障处置流程、口岸安全规定和应急预案，培训记录报甲方备查。
（四）驻场人员应具备相应的技术能力，其中至少两人具有三年以上同类设备运维经验。

第十一条 分包
乙方可以将备品备件物流配送、设备外壳清洁等辅助性工作交由第三方完成，但应提前五个工作日书面告知甲方，并对第三方的工作承担责任。

第十二条 违约责任
（一）乙方未按约定日期开始驻场服务的，每延迟一日，向甲方支付违约金¥1,500。
（二）乙方服务未达到第六条要求的，按第六条扣减服务费，并应限期整改。
（三）乙方人员违反口岸管理规定的，甲方有权要求乙方立即更换相关人员。
（四）因乙方运维不当造成设备损坏的，乙方应负责修复或赔偿。

第十三条 合同的履行与变更
（一）本合同履行期间，双方均不得单方解除合同。乙方违约的，甲方可依照本合同第六条、第十二条扣减服务费、要求更换人员并限期整改，乙方应继续履行运维义务至服务期满。
（二）合同变更须经双方协商一致并签订书面补充协议。
（三）服务期满前三十日，乙方应向甲方或其指定的后续服务商移交设备台账、运维记录、配置文档和备件清单，并提供不少于十五日的交接协助。

第十四条 法律适用与争议解决
本合同适用中华人民共和国法律。发生争议的，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十五条 其他
附件一《运维设备清单》、附件二《考核评分细则》为本合同组成部分。本合同一式四份，甲方执三份，乙方执一份，自双方签字盖章之日起生效。

甲方（盖章）：海港出入境边防检查站
乙方（盖章）：华通智检科技服务有限公司
"""

Z05 = """
# 熏智云烟熏房监控系统软件许可及定制开发合同

**熏智科技标准合同文本 XZ-HT-2025版**

合同编号：XZ-2026-0412

甲方（用户）：湘味坊腊味食品有限公司

乙方（供应商）：长沙熏智科技有限公司

鉴于甲方需对其腌制车间及十六间烟熏房实施温湿度、烟雾浓度和熏制工艺的集中监控，乙方拥有“熏智云”烟熏房监控系统软件，双方经协商一致，签订本合同，共同遵守。

## 第一条 合同标的

1.1 乙方向甲方提供“熏智云”烟熏房监控系统软件许可，包括监控平台、工艺曲线管理、报警管理和移动端查看功能，许可点位为十六间烟熏房及两个腌制车间。

1.2 乙方根据甲方需求进行定制开发，包括：腊肉、腊肠、腊鱼等十二类产品的熏制工艺曲线模板；批次追溯与甲方ERP系统的对接；烟熏房能耗统计报表。

1.3 本合同不包括温湿度传感器、烟雾浓度传感器、服务器及网络设备等硬件，上述硬件由甲方自行采购。

1.4 乙方负责软件安装部署、与甲方已有温湿度传感器及烟雾发生器控制器的对接调试、系统上线及操作培训。

## 第二条 合同价款

2.1 本合同总价款为人民币壹佰贰拾陆万捌仟元整（¥1,268,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 熏智云监控平台软件许可（永久） | 520,000 |
| 2 | 烟熏房点位许可（18个点位） | 300,000 |
|  | 软件许可小计 | 820,000 |
| 3 | 工艺曲线模板及批次追溯定制开发 | 360,000 |
| 4 | 安装部署、对接调试及培训 | 88,000 |
|  | 合计 | 1,268,000 |

2.2 上述价款含增值税。甲方新增点位的，按乙方当时报价另行签订合同。乙方开具增值税普通发票，甲方需要专用发票的应在签约时书面提出。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价款的65%，即¥824,200，乙方收到款项后开始实施。

3.2 系统上线运行后五个工作日内，甲方支付合同总价款的35%，即¥443,800。

3.3 甲方逾期付款的，每逾期一日应按逾期金额的千分之二向乙方支付违约金，乙方有权暂停服务直至甲方付清款项。

## 第四条 实施与交付

4.1 乙方应在收到首笔款项后七十五日内完成软件部署和定制开发，并安排系统上线。

4.2 甲方应提供机房、服务器、网络环境及现场配合人员，并按乙方要求提供工艺资料和现有设备通讯协议。因甲方原因导致延误的，交付期限相应顺延，由此增加的费用由甲方承担。

4.3 乙方逾期交付的，每逾期一日按合同总价款的千分之一向甲方支付违约金，违约金总额不超过合同总价款的5%。

4.4 乙方为甲方提供两次集中操作培训，对象为车间主任、熏制班组长和设备管理员，培训内容包括监控平台使用、工艺曲线设置、报警处理和报表导出。甲方需要增加培训的，按每人每天¥1,200另行收费。

4.5 甲方应确保服务器、操作系统、数据库及网络满足乙方提出的运行环境要求。甲方自行采购的传感器、控制器通讯协议不开放或不兼容的，乙方不负责对接，由此产生的额外工作另行计费。

## 第五条 验收

5.1 系统安装完成并上线运行后，即视为甲方验收合格。

5.2 甲方在上线后提出的功能调整需求，乙方视情况在后续版本中考虑，不影响验收结论及付款。

## 第六条 免费维护

6.1 乙方自系统上线之日起提供六个月免费维护，包括远程技术支持和软件缺陷修复。

6.2 免费维护期内，一级故障（系统整体无法运行或全部监控数据中断）乙方在接到甲方报修后8小时内响应，二级故障在两个工作日内响应，一般问题在五个工作日内答复。需要现场服务的，乙方根据工程师安排确定到场时间，差旅费由甲方承担。

6.3 上述响应时间为乙方的服务目标，乙方未能达到的，不承担扣款、赔偿或违约责任。

6.4 乙方通过电话、邮件或远程方式提供支持，甲方应为乙方开通远程访问条件。因甲方网络限制无法远程处理的，处理时间相应顺延。

6.5 因甲方擅自修改系统配置、更换硬件、断电断网或使用不当造成的故障，不属于免费维护范围。

## 第七条 年度维护服务

7.1 免费维护期满后，甲方应与乙方签订年度维护服务合同，年度维护费为软件许可小计的28%，即每年¥229,600。

7.2 年度维护费在每个维护年度开始前一次性支付，甲方逾期支付的，乙方有权暂停维护服务。

7.3 年度维护服务包括软件版本升级、远程支持、工艺曲线模板调整及每年一次现场巡检。甲方未续签年度维护服务的，乙方不再提供升级和技术支持。

## 第八条 知识产权

8.1 “熏智云”软件及其全部版本的知识产权归乙方所有。

8.2 乙方为甲方定制开发的工艺曲线模板、批次追溯对接程序、报表及相关源代码、文档，知识产权均归乙方所有。甲方在本合同约定范围内享有非独占、不可转让的使用权，不得修改、反编译或许可第三方使用。

8.3 乙方有权将定制开发成果用于其他客户的项目。

## 第九条 数据

9.1 系统运行中产生的温湿度记录、工艺曲线执行记录、批次追溯记录及能耗数据归甲方所有，乙方不得将其用于本合同以外的目的。

9.2 乙方在部署和维护中应采取访问控制、操作日志和数据备份等安全措施，远程维护须经甲方同意后进行。发现数据泄露或丢失的，乙方应在24小时内通知甲方并协助恢复；因乙方原因造成数据泄露或丢失的，乙方承担相应的赔偿责任。

## 第十条 保密

双方对在合作中获知的对方技术资料、工艺配方、商业信息负有保密义务，未经对方书面同意不得向第三方披露。保密期限为合同终止后两年。

## 第十一条 责任限制

11.1 乙方在本合同项下承担的全部赔偿责任（包括违约金）累计不超过合同总价款的20%。

11.2 乙方不对甲方的间接损失、产品报废损失、停产损失及利润损失承担责任。

## 第十二条 合同解除

12.1 一方严重违约，经对方书面通知后三十日内仍未纠正的，守约方有权解除合同。

12.2 甲方解除合同的，已支付的软件许可费不予退还。

12.3 合同解除后，甲方应停止使用定制开发成果，并在十日内删除相关程序。

## 第十三条 不可抗力

因地震、洪水、疫情、政府行为等不可抗力导致不能履行合同的，受影响一方不承担责任，但应及时通知对方，并在十五日内提供相关证明。不可抗力持续超过六十日的，双方可协商解除合同，甲方已支付的款项按乙方已完成的工作量结算。

## 第十四条 争议解决

因本合同产生的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院起诉。

## 第十五条 其他

15.1 本合同自双方签字盖章且乙方收到首笔款项之日起生效。

15.2 本合同附件包括《软件功能清单》《定制开发需求说明》《运行环境要求》，与本合同具有同等效力。附件与正文不一致的，以正文为准。

15.3 甲方应在签订本合同前充分了解软件功能，签订后不得以软件功能不符合其预期为由拒绝付款。

15.4 本合同一式两份，双方各执一份。本合同为乙方标准合同文本，双方另有约定的以补充协议为准。

甲方（盖章）：湘味坊腊味食品有限公司

乙方（盖章）：长沙熏智科技有限公司
"""

E01 = """
T:Software Licence and Services Agreement
P:Agreement No. BLS-CN-2026-044
P:This Agreement is made between Jiangyin Tianhe Petrochemical Storage Co., Ltd., a company registered in Jiangyin, Jiangsu Province, People's Republic of China (the "Customer"), and Blue Lagoon Software Limited, a company incorporated in Jamaica with its registered office at 14 Knutsford Boulevard, Kingston 5, Jamaica (the "Vendor").
P:The Customer operates a liquid chemicals tank terminal with 86 storage tanks, two jetties and a truck loading rack. It wishes to license the Vendor's TerminalOne terminal management software and to have the Vendor configure, extend and implement it. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the TerminalOne software in object code, version 8.2, with its standard modules for tank inventory, berth scheduling, truck loading, customs bonded stock and invoicing, together with updates provided under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, reports, workflows, scripts, configuration sets and other materials the Vendor creates specifically for the Customer under Article 3, including their source code and documentation.
P:1.3 "Customer Data" means all data entered into, generated by or processed in the Software in connection with the Customer's business, including tank gauging readings, customer orders, bills of lading and customs records.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5.3 that the acceptance criteria have been met.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, irrevocable, non-exclusive licence to install and use the Software for up to 120 named users at the Customer's terminal in Jiangyin and at its disaster recovery site, including use by its contractors acting on its behalf.
P:2.2 The Customer may make copies of the Software for backup, testing and disaster recovery. The licence survives expiry or termination of this Agreement, except termination by the Vendor for non-payment of the Licence Fee.
H:Article 3 Services
P:3.1 The Vendor shall configure the Software to the Customer's operating procedures and develop: an interface to the tank gauging system for 86 tanks; an interface to the Customer's ERP and customs declaration systems; a truck loading interface to the existing rack controllers; and forty custom operational reports.
P:3.2 The Vendor shall migrate the Customer's open orders and stock balances, carry out parallel running for one full month-end close, train key users and administrators, and provide go-live support on site for three weeks.
P:3.3 The Vendor shall deliver a project plan within fifteen days after signature and shall complete the work so that Final Acceptance can take place within 150 days after signature.
H:Article 4 Price and Payment
P:4.1 The total contract price is CNY 1,940,000, made up of the Licence Fee of CNY 1,420,000, implementation and custom development of CNY 486,000, and training of CNY 34,000. All amounts include applicable taxes, travel and expenses.
P:4.2 The Customer shall pay 20% of the contract price, CNY 388,000, within 20 days after signature and receipt of an advance payment guarantee from a bank acceptable to the Customer.
P:4.3 The Customer shall pay 55% of the contract price, CNY 1,067,000, after installation of the Software and completion of system integration testing. Installation and use of the Software in production are not acceptance.
P:4.4 The Customer shall pay the remaining 25%, CNY 485,000, within 20 days after Final Acceptance.
P:4.5 The Vendor shall issue a valid invoice before each payment. Payments are made in CNY to the Vendor's account in the People's Republic of China notified in writing.
H:Article 5 Acceptance
P:5.1 The Vendor shall give notice when the system is ready for acceptance testing. The Customer shall run the tests in the agreed acceptance test plan within 20 days after notice.
P:5.2 The acceptance criteria are: all functions in the functional specification work as described; tank inventory calculations match the gauging system for every tank within the tolerance stated in the specification; every interface runs for ten consecutive days without data loss or reconciliation difference; the month-end close in parallel running gives the same stock balances as the legacy system; and no Severity 1 or Severity 2 defect is open.
P:5.3 When the criteria are met, the Customer shall sign a Final Acceptance certificate. If a test fails, the Vendor shall correct the defects and the test shall be repeated. Payment, go-live or production use does not amount to acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform materially in accordance with the specification for eighteen months after Final Acceptance. During this warranty period the Vendor shall correct defects and provide updates, new versions and support free of charge.
P:6.2 Severity 1 means the terminal cannot load trucks or ships, or tank inventory cannot be calculated. For Severity 1 the Vendor shall respond within one hour, at any time, and work continuously until a workaround is in place. For Severity 2 the Vendor shall respond within eight business hours, and for other defects within two business days.
P:6.3 For each full hour by which the Vendor misses the Severity 1 response time, the Vendor shall credit CNY 1,000 against the next amount payable, and for each business day of delay in providing a Severity 1 workaround, a further CNY 3,000.
P:6.4 After the warranty period the Customer may buy annual support. The annual support fee is 12% of the Licence Fee, CNY 170,400 per year, and shall not increase for the first three support years. Support continues only on a written order from the Customer each year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all intellectual property in the Software.
P:7.2 All intellectual property in the Custom Deliverables passes to the Customer on creation. The Vendor shall deliver their source code with Final Acceptance. The Customer may use, modify and license the Custom Deliverables freely and may engage third parties to maintain them.
H:Article 8 Customer Data and Data Security
P:8.1 Customer Data belongs to the Customer. The Vendor may process Customer Data only to perform this Agreement and shall not use it for any other purpose, including analytics or product development.
P:8.2 The Vendor shall access the Customer's systems only through the Customer's VPN with multi-factor authentication and individual accounts, after approval of each session by the Customer's IT department. The Vendor shall not copy Customer Data outside the Customer's systems and shall comply with the Personal Information Protection Law, the Data Security Law and the Cybersecurity Law of the People's Republic of China.
P:8.3 The Vendor shall notify the Customer within twelve hours after becoming aware of any unauthorised access to or loss of Customer Data caused by the Vendor, shall cooperate in containing it, and shall be responsible for the resulting losses of the Customer.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information of the other party received under this Agreement and use it only for this Agreement. This obligation lasts for three years after the end of this Agreement and does not apply to information that is public or lawfully received from a third party.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to reach Final Acceptance by the date in Article 3.3 for reasons attributable to it, the Vendor shall pay liquidated damages of 0.08% of the contract price for each day of delay, up to 8% of the contract price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the contract price. The limit does not apply to personal injury, fraud, wilful misconduct, or breach of Articles 8 and 9.
H:Article 11 Subcontracting and Assignment
P:11.1 The Vendor shall not subcontract any part of the Services without the Customer's prior written consent. The Vendor remains responsible for the work of approved subcontractors. Neither party may assign this Agreement without the other party's written consent.
H:Article 12 Termination
P:12.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 30 days after written notice, or if the delay damages under Article 10.1 reach their maximum.
P:12.2 On termination by the Customer under Article 12.1, the Vendor shall refund amounts paid for Services not accepted, and the Customer shall keep the licence for the Software paid for.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of Jamaica.
P:13.2 Any dispute shall first be referred to senior managers of both parties. If it is not settled within 30 days, it shall be finally settled by arbitration in Kingston, Jamaica, under the Arbitration Act of Jamaica, by a sole arbitrator, in the English language.
H:Article 14 General
P:14.1 This Agreement, with Annex 1 (Functional Specification) and Annex 2 (Acceptance Test Plan), is the entire agreement of the parties. Amendments must be in writing and signed by both parties. This Agreement is made in English in two originals.
P:14.2 Neither party is liable for delay caused by force majeure, such as natural disaster, epidemic or government action, provided it notifies the other party promptly and takes reasonable steps to limit the effect. Dates are extended by the period of the force majeure event. Notices must be in writing and sent to the addresses stated above or to another address notified in writing.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

E02 = """
# Order Form and General Terms — CoralLearn Workforce Training Platform

**Order Form No. CL-OF-2026-0219**

**Provider:** CoralLearn Inc., a company incorporated in Barbados, Lower Broad Street, Bridgetown, St. Michael, Barbados.

**Customer:** Suzhou Jinhe Retail Management Co., Ltd., Suzhou Industrial Park, Jiangsu Province, People's Republic of China.

This Order Form (Part A) and the General Terms (Part B) together form the agreement between Provider and Customer (the "Agreement"). If Part A and Part B conflict, Part A prevails.

## Part A — Order Form

### A1. Subscribed Services

CoralLearn is a cloud learning platform. Customer subscribes to the following for its store, warehouse and head-office staff:

- CoralLearn Platform, Enterprise edition, for 1,800 active learners, with course authoring, learning paths, assessments, certificates, mobile app and manager dashboards;
- Retail Skills Content Library, with about 340 ready-made courses in Simplified Chinese on customer service, food safety, cash handling and store operations;
- Onboarding Services, as described in A4.

### A2. Subscription Term

The Subscription Term starts on 1 June 2026 (the "Start Date") and lasts 24 months, made up of two Subscription Years. Each Subscription Year starts on the Start Date or its anniversary. The Agreement does not renew automatically. Any continuation after the Subscription Term requires a new Order Form signed by both parties.

### A3. Fees

| Item | Unit price (CNY) | Quantity | Per Subscription Year (CNY) | Total for the term (CNY) |
|---|---|---|---|---|
| Platform, Enterprise edition | 96 per learner per year | 1,800 learners | 172,800 | 345,600 |
| Retail Skills Content Library | 48,000 per year | 1 | 48,000 | 96,000 |
| Onboarding Services (one-time) | 26,000 | 1 | — | 26,000 |
| **Total** | | | **220,800** | **467,600** |

The total fees for the Subscription Term are CNY 467,600, including VAT. Learners above 1,800 are charged at CNY 96 per learner per year, pro rata, on a separate invoice.

### A4. Onboarding Services and Go-Live Acceptance

A4.1 Provider shall set up Customer's tenant, load Customer's organisation structure of 212 stores and 4 warehouses, configure single sign-on with Customer's identity system, migrate 56 existing courses and their completion records from Customer's old system, and brand the learner portal and app.

A4.2 Provider shall make the platform ready for Go-Live by 15 July 2026. Go-Live Acceptance takes place when Customer confirms in writing that: all 1,800 learner accounts can sign in through single sign-on; the 56 migrated courses and their completion records match the export from the old system; the four standard manager dashboards show correct store-level data; and a pilot with 100 learners across 10 stores has run for ten business days without unresolved defects that prevent learning or reporting. Use of the platform before confirmation is not acceptance.

A4.3 If Go-Live Acceptance is delayed beyond 15 July 2026 for reasons attributable to Provider, Provider shall pay Customer CNY 350 for each day of delay, which Customer may deduct from any invoice.

### A5. Invoicing and Payment

A5.1 The fees for each Subscription Year (CNY 220,800) are invoiced at the start of that Subscription Year and payable within 30 days of a valid invoice.

A5.2 The Onboarding Services fee is invoiced after Go-Live Acceptance and payable within 30 days of a valid invoice.

A5.3 Provider shall issue Chinese VAT invoices through its authorised reseller in Shanghai named in A6, and Customer shall pay in CNY.

### A6. Contacts

Provider account manager: Ms. Althea Greaves. Provider's reseller and invoicing agent in China: Shanghai Lanqiao Software Services Co., Ltd. Customer project owner: Head of Training, Human Resources Department.

## Part B — General Terms

### 1. Provision of the Service

1.1 Provider shall make the Service available to Customer's users over the internet during the Subscription Term in accordance with the Agreement and the documentation.

1.2 Provider will use commercially reasonable efforts to keep the Service available and to perform maintenance at times of low usage. Provider does not commit to a particular availability level.

1.3 Support is provided by email and through the help centre on business days from 9:00 to 18:00 Beijing time. Provider will handle support requests in the order received and will use reasonable efforts to resolve them promptly.

1.4 Provider may update the Service from time to time, provided that updates do not materially reduce the functions Customer subscribed to.

### 2. Customer Responsibilities

2.1 Customer is responsible for its users' compliance with the Agreement, for the accuracy of the content it uploads, and for keeping user credentials secure.

2.2 Customer shall not use the Service to upload unlawful content, attempt to break its security, or resell it to third parties.

### 3. Customer Data

3.1 "Customer Data" means the data Customer or its users submit to the Service, including learner names, employee numbers, store assignments, training records and assessment results. Customer Data belongs to Customer.

3.2 Provider shall use Customer Data only to provide the Service to Customer and shall not use it for any other purpose, in aggregated form or otherwise.

3.3 Customer Data is hosted in data centres in mainland China operated by a cloud provider holding a Multi-Level Protection Scheme level 3 record. Provider shall encrypt Customer Data in transit and at rest, restrict access to authorised staff with multi-factor authentication, keep access logs, and comply with the Personal Information Protection Law.

3.4 Provider shall notify Customer within 24 hours after becoming aware of any security incident affecting Customer Data, shall take steps to contain it, and shall be responsible for losses Customer suffers from an incident caused by Provider's breach of this clause.

3.5 Within 30 days after the end of the Subscription Term, Provider shall return Customer Data in a standard export format and then delete it.

### 4. Subprocessors

4.1 Provider may use subprocessors and subcontractors, including its hosting provider, content translation partners and support partners, to perform the Agreement. Provider will inform Customer of any new subprocessor by updating the list on its trust website at least 14 days before the change. Provider remains responsible for its subprocessors.

### 5. Intellectual Property

5.1 Provider owns the Service, the Content Library and all related intellectual property.

5.2 Courses, learning paths and assessments created by or for Customer, including the 56 migrated courses and any custom branding, belong to Customer. Customer may export, modify and use them freely, also outside the Service.

### 6. Confidentiality

6.1 Each party shall protect the other party's confidential information with at least reasonable care, use it only for the Agreement and disclose it only to employees and advisers who need to know it. This obligation continues for three years after the Agreement ends.

### 7. Liability

7.1 Neither party is liable for indirect or consequential loss, except for breach of clause 3 or clause 6.

7.2 Each party's total liability under the Agreement is limited to 150% of the total fees in A3, except for breach of clauses 3 and 6, fraud, or wilful misconduct.

### 8. Term and Termination

8.1 The Agreement lasts for the Subscription Term.

8.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not cure it within 30 days after written notice.

8.3 If Customer terminates under 8.2, Provider shall refund the fees paid for the remaining part of the Subscription Year in which termination takes effect.

### 9. Governing Law and Disputes

9.1 The Agreement is governed by the laws of the People's Republic of China.

9.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules. The award is final and binding.

### 10. Suspension and Force Majeure

10.1 Provider may suspend a user's access only if that user's account is being used in breach of clause 2.2 or threatens the security of the Service, and only for as long as necessary. Provider shall inform Customer promptly and restore access once the cause is removed.

10.2 Neither party is liable for failure or delay caused by events beyond its reasonable control, such as natural disaster, epidemic, failure of public networks or government action, provided that it informs the other party promptly and resumes performance as soon as possible. Fees for any period in which the Service is not provided because of such an event are reduced pro rata.

### 11. Training Records and Reports

11.1 Customer may at any time export learner records, completion certificates and assessment results in spreadsheet format for audit by food-safety authorities or internal auditors. Provider shall, on request, provide reasonable help with such exports at no additional charge.

### 12. General

12.1 Neither party may assign the Agreement without the other party's prior written consent.

12.2 Notices must be in writing and sent to the contacts in A6.

12.3 This Order Form is signed in two originals in English.

**For Customer:** ____________________ **For Provider:** ____________________
"""

E03 = """
T:Purchase Contract for Condition Monitoring Sensors and Monitoring Software
P:Contract No. HYC-EQ-2026-0107
P:Buyer: Anhui Hongyuan Cement Co., Ltd., Wuhu, Anhui Province, People's Republic of China.
P:Supplier: Caribbean Reliability Systems Limited, 27 Queen's Park West, Port of Spain, Trinidad and Tobago.
P:This Contract is made on the Buyer's standard terms for equipment purchases. The Buyer wishes to install wireless vibration and temperature sensors on the rotating equipment of its two clinker production lines and to monitor them with the Supplier's monitoring software. The parties agree as follows.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, mounting kits and spare parts listed in clause 2.
P:1.2 "Software" means the Supplier's PlantPulse condition monitoring software, including its analytics engine, alarm management and dashboards, in the version current at delivery.
P:1.3 "Buyer Data" means all measurement data, alarms, equipment records and reports collected or produced by the Equipment and the Software at the Buyer's plant.
P:1.4 "Final Acceptance" means the Buyer's signed acceptance certificate issued under clause 5.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install and commission the Equipment and the Software for kilns, raw mills, cement mills, fans and conveyors on both lines, configure alarm limits and train the Buyer's maintenance staff.
P:2.2 The contract price is CNY 1,704,000, fixed, including all taxes, transport, insurance, installation, travel and expenses, itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration and temperature sensor|420|2,150|903,000
TB:2|Industrial wireless gateway with mounting kit|36|6,800|244,800
TB:3|PlantPulse monitoring software, perpetual licence, 500 points|1|386,000|386,000
TB:|Equipment and Licence Subtotal|||1,533,800
TB:4|Installation, cabling and mounting|1|142,000|142,000
TB:5|Commissioning, alarm configuration and training|1|28,200|28,200
TB:|Contract Price|||1,704,000
H:3. Delivery and Installation
P:3.1 The Supplier shall deliver the Equipment to the Buyer's plant within 60 days after signature, in new and original condition with certificates of origin and quality.
P:3.2 The Supplier shall complete installation and commissioning within 100 days after signature. Work on running equipment must follow the Buyer's permit-to-work and lock-out procedures. Installation on the kilns shall take place during the planned kiln shutdown notified by the Buyer.
P:3.3 The Software shall be installed on servers provided by the Buyer in its plant data centre. No Buyer Data shall be transferred to servers outside the Buyer's plant.
P:3.4 The Supplier shall train twelve maintenance engineers and four reliability analysts of the Buyer in two sessions at the plant. Training shall cover sensor mounting and replacement, gateway configuration, alarm limits, spectrum and trend analysis, battery replacement and basic Software administration. Each trainee shall receive written course material in Chinese.
P:3.5 Before commissioning, the Supplier shall deliver the technical documentation in Chinese and English, including a sensor location map for each machine, gateway network drawings, the Software administrator manual, the backup and recovery procedure and a list of recommended spare parts with prices.
H:4. Payment
P:4.1 The Buyer shall pay 10% of the contract price, CNY 170,400, within 15 days after signature, against an advance payment guarantee of the same amount.
P:4.2 The Buyer shall pay 65% of the contract price, CNY 1,107,600, after delivery and installation of all Equipment, confirmed by a signed delivery note. The delivery note is not acceptance.
P:4.3 The Buyer shall pay the remaining 25%, CNY 426,000, within 30 days after Final Acceptance.
P:4.4 Each payment requires a valid VAT invoice issued by the Supplier or its appointed agent in the People's Republic of China.
H:5. Acceptance
P:5.1 After commissioning, the system shall run for 30 consecutive days. Final Acceptance requires that: at least 98% of sensors transmit data in every hour of the test period; vibration readings of twenty sample machines agree with the Buyer's portable analyser within the tolerance in the technical specification; alarms are raised on the dashboard within one minute of a simulated limit breach; battery life estimates reported by the Software match the specification; and all documentation and training records have been delivered.
P:5.2 The Buyer shall issue the acceptance certificate within ten days after the criteria are met. If a criterion is not met, the Supplier shall correct the cause and the test period shall restart. Delivery, installation, use or payment does not constitute acceptance.
H:6. Warranty and Support
P:6.1 The warranty period is 36 months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective Equipment free of charge, including batteries that fail before their specified life, and shall provide Software updates and support free of charge.
P:6.2 After the warranty period the Buyer may order support for up to three further years at an annual fee of 8% of the Equipment and Licence Subtotal, CNY 122,704 per year, which the Supplier shall not increase. Each support year requires a separate written order from the Buyer; there is no automatic renewal.
P:6.3 The Supplier shall keep spare sensors and gateways in stock in mainland China so that replacements can reach the plant within three business days, and shall supply spare parts for at least eight years after Final Acceptance at prices not higher than those in clause 2.2.
H:7. Service Levels
P:7.1 The Supplier shall provide a support hotline and remote support at all times.
TB:Severity|Definition|Response time|Resolution target
TB:Severity 1|Software server down, or no data from a whole production line|30 minutes|8 hours
TB:Severity 2|Data missing from several machines or alarms not raised|2 hours|2 business days
TB:Severity 3|Single sensor fault or minor software issue|1 business day|5 business days
P:7.2 For every hour by which the Supplier exceeds a Severity 1 response time or resolution target, the Supplier shall pay CNY 800, and for every business day of delay on Severity 2, CNY 500. The Buyer may deduct these amounts from any payment due.
H:8. Buyer Data and Data Security
P:8.1 Buyer Data belongs to the Buyer. The Supplier may use Buyer Data only to perform this Contract and shall not use it for product development, benchmarking or any other purpose, whether identified, aggregated or anonymised.
P:8.2 Remote access by the Supplier is permitted only through the Buyer's VPN, with individual accounts and multi-factor authentication, after approval of each session by the Buyer's IT department. The Supplier shall not copy Buyer Data outside the Buyer's network and shall comply with the Data Security Law and the Cybersecurity Law of the People's Republic of China.
P:8.3 The Supplier shall notify the Buyer within twelve hours after becoming aware of any unauthorised access to or loss of Buyer Data, shall assist in containing it and shall compensate the Buyer for losses caused by the Supplier.
H:9. Intellectual Property
P:9.1 The Supplier keeps the intellectual property in the Software and in the firmware of the Equipment and grants the Buyer a perpetual licence to use them.
P:9.2 Alarm configurations, machine models, dashboards and reports created for the Buyer belong to the Buyer, who may use and modify them freely.
H:10. Confidentiality
P:10.1 Each party shall keep the other party's non-public information received under this Contract confidential and use it only for this Contract, for three years after completion of the Contract.
H:11. Delay and Liability
P:11.1 If the Supplier fails to meet the dates in clause 3, it shall pay liquidated damages of 0.1% of the contract price for each day of delay, up to 10% of the contract price.
P:11.2 The Supplier's total liability under this Contract is limited to 200% of the contract price, except for personal injury, wilful misconduct and breach of clauses 8 and 10.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains responsible for approved subcontractors.
P:12.2 Personnel of the Supplier and of approved subcontractors working at the plant shall hold valid qualifications for electrical work and work at height where required, shall attend the Buyer's site safety induction and shall follow the instructions of the Buyer's safety officers. The Supplier is responsible for injury or damage caused by its personnel.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after notice, or if the liquidated damages under clause 11.1 reach their maximum.
P:13.2 Neither party is liable for delay caused by force majeure, such as earthquake, flood, epidemic or government action, provided it informs the other party promptly and provides evidence within fifteen days. Time for performance is extended accordingly. If force majeure lasts more than 90 days, either party may end the Contract by written notice and the parties shall settle amounts for work completed.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai.
P:14.2 This Contract is made in two originals in English; each party keeps one.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """
# Managed IT Services Agreement

**Agreement No. NMS-2026-CN-12**

**Customer:** Ningbo Haitong Auto Parts Co., Ltd., Beilun District, Ningbo, Zhejiang Province, People's Republic of China.

**Provider:** Nassau Managed Services Ltd., a company incorporated in The Bahamas, with its office at East Bay Street, Nassau, New Providence, The Bahamas, acting in China through its service centre in Ningbo.

The Customer wishes to outsource its IT service desk, end-user device support and server operations for its head office and three plants. The Provider offers these services. The parties agree as follows.

## Section 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the levels in Schedule 2.

1.3 "Charges" means the charges in Schedule 3.

1.4 "Service Commencement Date" means the date on which the Customer confirms in writing that the transition under Section 3 is complete.

1.5 "Customer Data" means all data of the Customer, its employees, customers and suppliers that the Provider handles while performing the Services.

## Section 2. Term

2.1 This Agreement starts on signature and the Services run for 36 months from the Service Commencement Date (the "Service Term").

2.2 This Agreement ends at the end of the Service Term. Any extension requires a written amendment signed by both parties; there is no automatic renewal.

## Section 3. Transition

3.1 The Provider shall take over the Services from the Customer's internal team within 60 days after signature. During transition the Provider shall document all systems, devices, accounts and procedures, set up its ticketing tool, and shadow the internal team.

3.2 The transition is complete when: the asset inventory for about 1,450 end-user devices and 64 servers has been verified against a physical count at all four sites; runbooks for every server application in Schedule 1 have been written and approved by the Customer; the service desk has handled tickets for ten consecutive business days in parallel with the internal team, meeting the Service Levels; and the Customer's IT manager has signed the transition completion certificate. Starting to handle tickets does not by itself complete the transition.

3.3 If the Service Commencement Date is later than 60 days after signature for reasons attributable to the Provider, the Provider shall pay the Customer CNY 2,000 for each day of delay.

## Section 4. Charges and Payment

4.1 The Charges are set out in Schedule 3. The total Charges for the Service Term are CNY 3,220,000, including VAT.

4.2 The transition fee is invoiced after the Service Commencement Date. The monthly charge is invoiced monthly in arrears, after the end of each month, together with the service level report for that month.

4.3 The Customer shall pay each valid invoice within 30 days. Service credits under Schedule 2 are deducted from the next invoice.

4.4 Additional devices beyond the volumes in Schedule 3 are charged at the unit rates in Schedule 3, from the month after they are added.

## Section 5. Service Levels

5.1 The Provider shall meet the Service Levels in Schedule 2 and report on them monthly.

5.2 If the Provider fails to meet a Service Level, it shall give the service credits in Schedule 2 and present a remediation plan within ten business days.

5.3 The Customer shall give the Provider's engineers access to its sites and systems as reasonably needed, provide desk space and parking at each plant, keep its hardware vendor warranties in force, and inform the Provider in advance of planned changes to its applications and networks.

5.4 The Provider is not responsible for a missed Service Level to the extent it is caused by the Customer's failure to meet Section 5.3, by a third-party supplier engaged directly by the Customer, or by a planned change approved by the Customer.

5.5 The parties shall hold a monthly operations meeting and a quarterly service review with the Customer's IT manager and plant representatives. At each quarterly review the Provider shall present trends in incidents and requests, recurring problems and proposals for improvement, and the parties shall agree an action list.

## Section 6. Customer Data

6.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only for performing the Services and shall not use it for any other purpose.

6.2 At the end of the Service Term the Provider shall hand over all Customer Data and documentation in its possession to the Customer or a successor provider.

## Section 7. Confidentiality

7.1 Each party shall keep confidential all non-public information of the other party, including the Customer's production data, drawings, prices and personnel information, use it only for this Agreement, and disclose it only to employees who need it and who are bound by similar obligations.

7.2 This Section survives for three years after the end of this Agreement.

## Section 8. Intellectual Property

8.1 The Provider keeps its ticketing tool, monitoring software and general know-how, and grants the Customer a licence to use them during the Service Term.

8.2 Runbooks, knowledge articles, scripts, reports and documentation prepared for the Customer belong to the Customer, who may use and modify them freely and give them to a successor provider.

## Section 9. Personnel and Subcontracting

9.1 The Provider shall assign a named service manager and keep the key personnel named in Schedule 1 for at least the first 18 months, unless they leave the Provider.

9.2 The Provider shall not subcontract any part of the Services without the Customer's prior written consent and remains responsible for approved subcontractors.

## Section 10. Liability

10.1 Neither party is liable for indirect or consequential loss or loss of profit.

10.2 The Provider's total liability arising out of or in connection with this Agreement, whether in contract, tort or otherwise, is limited to the Charges paid by the Customer in the nine months preceding the event giving rise to the claim.

## Section 11. Termination and Exit

11.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and fails to remedy it within 30 days after notice, or if the Provider misses the same Priority 1 Service Level in three consecutive months.

11.2 On expiry or termination, the Provider shall provide exit assistance for up to 90 days at the monthly charge, including knowledge transfer to the Customer or a successor provider.

## Section 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Ningbo Arbitration Commission for arbitration in Ningbo.

## Section 13. General

13.1 Neither party may assign this Agreement without the other party's written consent. Amendments must be in writing. This Agreement is made in English in two originals.

## Schedule 1 — Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Phone, email and portal support in Chinese and English for about 1,600 users | 7:00–23:00, every day |
| End-user device support | Laptops, desktops, printers, mobile devices at head office and three plants; on-site engineers at each plant | Plant shift hours |
| Server operations | Monitoring, patching, backup checks for 64 servers, including the MES, ERP interfaces and file servers | 24 × 7 monitoring |
| Network monitoring | Monitoring of switches, firewalls and wireless controllers, first-line fault handling | 24 × 7 monitoring |
| Asset management | Maintaining the device inventory, joiner and leaver processes, licence counts | Business days |
| Reporting | Monthly service report and quarterly service review | Monthly / quarterly |

## Schedule 2 — Service Levels and Service Credits

| Priority | Definition | Response time | Restoration time | Service credit |
|---|---|---|---|---|
| Priority 1 | Production plant or MES stopped by an IT fault, or more than 50 users unable to work | 15 minutes | 3 hours | CNY 3,000 for each hour beyond the restoration time |
| Priority 2 | A department or production line affected, workaround available | 30 minutes | 8 hours | CNY 800 for each hour beyond the restoration time |
| Priority 3 | A single user affected | 2 hours | 2 business days | 2% of the monthly charge if fewer than 95% are met in the month |
| Service desk | Calls answered | 90% within 30 seconds | — | 2% of the monthly charge if missed in the month |

Service credits in any month are limited to 20% of the monthly charge for that month.

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | One-time, after Service Commencement | 124,000 |
| Monthly charge | 36 months × CNY 86,000, including up to 1,500 devices and 70 servers | 3,096,000 |
| **Total Charges for the Service Term** | | **3,220,000** |
| Additional device | Per device per month | 45 |
| Additional server | Per server per month | 600 |
"""

E05 = """
DATA SUBSCRIPTION AGREEMENT

Agreement No. PSM-DS-2026-031

BETWEEN

Piton Sea Metrics Ltd., a company incorporated in Saint Lucia, with its office at Jeremie Street, Castries, Saint Lucia ("Provider"),

AND

Qingdao Haixing International Shipping Agency Co., Ltd., Shinan District, Qingdao, Shandong Province, People's Republic of China ("Customer").

BACKGROUND

The Customer acts as ship agent for vessels calling at ports in northern China and needs reliable vessel position, port call and marine weather data for its operations centre and its customer portal. The Provider collects and licenses such data through its SeaPulse API. The parties agree as follows.

1. DEFINITIONS

1.1 "API" means the Provider's SeaPulse application programming interface and the related documentation.

1.2 "Licensed Data" means vessel positions, estimated times of arrival, port call histories, vessel particulars and marine weather forecasts made available through the API.

1.3 "Customer Data" means the vessel lists, port lists, queries, user details and other information the Customer submits to the API or the Provider.

1.4 "Subscription Year" means the period beginning on the Start Date, or on an anniversary of the Start Date, and ending on the day before the next anniversary.

1.5 "Start Date" means 1 July 2026.

2. SUBSCRIPTION

2.1 The Provider grants the Customer a non-exclusive, non-transferable right during the Term to access the API, to use the Licensed Data in its own business, and to display Licensed Data to its principals and customers through its customer portal, subject to clause 4.

2.2 The subscription covers the Professional plan: real-time positions for up to 3,000 tracked vessels, port call data for all ports in the Asia-Pacific region, 7-day marine weather forecasts for 120 named locations, and up to 2,000,000 API calls per month.

2.3 The Provider shall also perform the Integration Services: configuring the Customer's dedicated API keys and IP allow-lists, building a data feed of estimated arrival times for the Customer's 46 priority ports in the format required by the Customer's operations system, and training the Customer's developers.

3. TERM

3.1 This Agreement starts on signature and the subscription runs for two Subscription Years from the Start Date (the "Term").

3.2 This Agreement ends at the end of the Term. It may be extended only by a written amendment signed by both parties. There is no automatic renewal.

4. USE RESTRICTIONS

4.1 The Customer shall not resell the Licensed Data as a data product, provide bulk downloads to third parties, or use the Licensed Data to build a competing data service.

4.2 The Customer may keep Licensed Data received during the Term in its own operational records and reports after the Term, but shall not use it for new commercial distribution.

5. FEES AND PAYMENT

5.1 The fees are:

   Subscription fee, Professional plan: CNY 268,000 per Subscription Year, CNY 536,000 for the Term.
   Integration Services: CNY 22,000, one time.
   Total for the Term: CNY 558,000, including VAT.

5.2 The subscription fee for each Subscription Year is invoiced in four equal quarterly instalments of CNY 67,000, each at the start of the quarter it covers, payable within 30 days of a valid invoice.

5.3 The Integration Services fee is invoiced after Integration Acceptance under clause 6 and payable within 30 days of a valid invoice.

5.4 API calls above the monthly allowance are charged at CNY 40 per 10,000 calls, invoiced monthly in arrears. The Provider shall warn the Customer by email when 80% of the monthly allowance has been used.

5.5 Invoices are issued in CNY through the Provider's billing agent in Qingdao, which issues Chinese VAT invoices.

6. INTEGRATION ACCEPTANCE

6.1 The Provider shall complete the Integration Services by 31 July 2026.

6.2 Integration Acceptance takes place when the Customer confirms in writing that: the arrival-time feed has been delivered for all 46 priority ports for ten consecutive days; at least 95% of the arrival times in that period were delivered to the Customer's operations system within five minutes of an update by the Provider; vessel positions for a sample of 100 vessels agree with the Customer's own AIS receiver within the tolerance in the documentation; and the developer training has been held. Use of the feed before confirmation is not acceptance.

6.3 If a test fails, the Provider shall correct the cause and the test period shall restart.

7. SERVICE LEVELS

7.1 The Provider shall make the API available at least 99.95% of the time in each calendar month, excluding planned maintenance of up to three hours per month announced at least five days in advance and carried out between 02:00 and 06:00 Beijing time.

7.2 Support requests are classified as follows: Severity 1 means the API is unavailable or returns no position data; Severity 2 means a degraded service, such as delayed positions or missing weather forecasts; Severity 3 means any other question. The Provider shall respond to Severity 1 requests within 2 hours, at any time, to Severity 2 requests within one business day, and to Severity 3 requests within three business days.

7.3 The Provider shall publish a monthly availability report to the Customer.

7.4 The service levels in this clause 7 are targets. The Provider will use reasonable efforts to meet them, but a failure to meet them does not entitle the Customer to any service credit, fee reduction, damages or other compensation, and is not by itself a breach of this Agreement.

8. CUSTOMER DATA AND DATA SECURITY

8.1 Customer Data belongs to the Customer. The Provider shall process Customer Data only to provide the API and the Integration Services to the Customer, and shall not use it for any other purpose, including analysis of the Customer's business, benchmarking or product development.

8.2 The Provider shall keep Customer Data on servers located in mainland China operated by a hosting provider holding a Multi-Level Protection Scheme level 3 record, encrypt it in transit and at rest, limit access to named staff with multi-factor authentication, and keep access logs for at least six months.

8.3 The Provider shall notify the Customer within 24 hours after becoming aware of any unauthorised access to or loss of Customer Data, take immediate steps to contain it, cooperate with the Customer and any authority, and be responsible for losses caused to the Customer by the Provider's breach of this clause 8.

8.4 Within 30 days after the end of the Term the Provider shall return Customer Data on request and then delete it, and confirm the deletion in writing.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the non-public information of the other party received under this Agreement, including the Customer's list of principals and vessels and the Provider's pricing, use it only for this Agreement, and disclose it only to employees and advisers who need to know it.

9.2 This obligation continues for three years after the end of this Agreement.

10. INTELLECTUAL PROPERTY

10.1 The Provider keeps all rights in the API and the Licensed Data, subject to the rights granted in clauses 2 and 4.

10.2 The arrival-time feed format, mapping tables and integration scripts developed for the Customer under clause 2.3 belong to the Customer, who may use and modify them freely and may have them maintained by others.

11. SUBCONTRACTING

11.1 The Provider may not subcontract the Integration Services or the operation of the API without the Customer's prior written consent, except for the hosting provider named in the documentation. The Provider remains responsible for any subcontractor.

12. LIABILITY

12.1 Neither party is liable to the other for indirect or consequential loss, loss of profit or loss of business.

12.2 Each party's total liability under this Agreement is limited to 150% of the total fees stated in clause 5.1, except for breach of clauses 8 and 9, fraud or wilful misconduct.

12.3 The Licensed Data is collected from third-party sources, including satellite and terrestrial AIS networks and weather models. The Provider shall use reasonable skill and care in compiling it but does not warrant that every position or forecast is complete or correct.

13. TERMINATION

13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.

13.2 If the Customer terminates under clause 13.1, the Provider shall refund the fees paid for any period after termination.

13.3 Clauses 8, 9, 10 and 12 survive termination.

14. FORCE MAJEURE

14.1 Neither party is liable for failure or delay caused by events beyond its reasonable control, including failure of satellite networks, natural disasters, epidemics or government action, provided that it informs the other party promptly and resumes performance as soon as possible.

15. GOVERNING LAW AND DISPUTES

15.1 This Agreement is governed by the laws of the People's Republic of China.

15.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing in accordance with its rules in force at the time. The arbitral award is final and binding.

16. GENERAL

16.1 Neither party may assign this Agreement without the other party's prior written consent.

16.2 Notices must be in writing and sent to the addresses stated above or another address notified in writing.

16.3 This Agreement is made in English in two originals, one for each party.

Signed for the Provider: ____________________

Signed for the Customer: ____________________
"""


# ---------------------------------------------------------------- files
NAMES = {
    "z01": ("h610z01_census_data_collection_platform", "pdf", "zh", Z01),
    "z02": ("h610z02_pipe_extrusion_control_retrofit", "docx", "zh", Z02),
    "z03": ("h610z03_fruit_chain_purchasing_membership_saas", "txt", "zh", Z03),
    "z04": ("h610z04_border_checkpoint_egate_om_service", "txt", "zh", Z04),
    "z05": ("h610z05_smokehouse_monitoring_supplier_template", "md", "zh", Z05),
    "e01": ("h610e01_terminal_software_licence_jamaica_vendor", "pdf", "en", E01),
    "e02": ("h610e02_learning_saas_order_form_barbados_vendor", "md", "en", E02),
    "e03": ("h610e03_cement_condition_monitoring_sensors", "docx", "en", E03),
    "e04": ("h610e04_managed_it_services_36_months", "md", "en", E04),
    "e05": ("h610e05_vessel_data_api_subscription", "txt", "en", E05),
}

# ---------------------------------------------------------------- labels (design)
def T(avail, p1, remedy, ip, dsec, owns, conf, ld, cap, pre, acc, final, war, pwf, auto, term, sub, law, kind):
    return dict(availability_pct=avail, p1_response_hours=p1, sla_remedy=remedy, ip_owner=ip,
                data_security_clause=dsec, buyer_owns_data=owns, confidentiality=conf, ld_rate_per_day_pct=ld,
                liability_cap_pct=cap, prepayment_pct=pre, acceptance_clause=acc, final_payment_on_acceptance=final,
                warranty_months=war, post_warranty_fee_pct=pwf, auto_renewal_price_increase=auto,
                termination_for_breach=term, subcontract_without_consent=sub, governing_law=law, contract_kind=kind)

G, S = "goods_or_licence", "service"
D = {}
# key: (category, terms, extra(sla_clause, ld_stated, capped, deemed, value), tco(fee base), forum_outside, design rules)
D["z01"] = ("software", T(99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 24, 9, False, True, False, "PRC", G),
            (True, True, True, False, 2066000), 1160000, False, [])
D["z02"] = ("hardware", T(None, 1, True, "buyer", True, True, False, 0.02, None, 20, True, True, 18, 7, False, True, False, "PRC", G),
            (True, True, True, False, 1330000), 1148000, False, ["CR-CONFIDENTIALITY", "CR-LD-LOW"])
D["z03"] = ("cloud", T(99.5, 0.5, True, "buyer", True, False, True, 600 / 670000 * 100, 150, None, True, None, None, None, True, True, False, "PRC", S),
            (True, True, None, False, 670000), None, False, ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"])
D["z04"] = ("services", T(99.95, 0.25, True, "buyer", True, True, True, 1500 / 1086000 * 100, None, None, True, None, None, None, False, False, True, "PRC", S),
            (True, True, None, False, 1086000), None, False, ["CR-SUBCONTRACT", "CR-TERMINATION"])
D["z05"] = ("software", T(None, 8, False, "supplier", True, True, True, 0.1, 20, 65, False, False, 6, 28, False, True, None, None, G),
            (True, True, True, True, 1268000), 820000, False,
            ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
             "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"])
D["e01"] = ("software", T(None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 12, False, True, False, "Jamaica", G),
            (True, True, True, False, 1940000), 1420000, True, ["CR-GOVERNING-LAW"])
D["e02"] = ("cloud", T(None, None, False, "buyer", True, True, True, 350 / 467600 * 100, 150, None, True, None, None, None, False, True, True, "PRC", S),
            (False, True, None, False, 467600), None, False, ["CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-SUBCONTRACT"])
D["e03"] = ("hardware", T(None, 0.5, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 8, False, True, False, "PRC", G),
            (True, True, True, False, 1704000), 1533800, False, [])
D["e04"] = ("services", T(None, 0.25, True, "buyer", False, True, True, 2000 / 3220000 * 100, 9 / 36 * 100, None, True, None, None, None, False, True, False, "PRC", S),
            (True, True, None, False, 3220000), None, False, ["CR-DATA-SECURITY", "CR-LIABILITY-CAP"])
D["e05"] = ("cloud", T(99.95, 2, False, "buyer", True, True, True, None, 150, None, True, None, None, None, False, True, False, "PRC", S),
            (True, False, None, False, 558000), None, False, ["CR-LD-MISSING", "CR-SLA-NO-REMEDY"])

HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE", "CR-POST-WARRANTY-FEE"}
ALL = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
       "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
       "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
       "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
TH = dict(avail=99.9, p1=4, ld=0.05, cap=100, pre=30, war=12, pwf=15, tco=40, horizon=5)


def tco_share(t, x, base):
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not x[2]:
        return None
    years = max(0.0, TH["horizon"] - t["warranty_months"] / 12)
    fees = years * base * t["post_warranty_fee_pct"] / 100
    return fees / (x[4] + fees) * 100


def derive(t, x, base, forum_outside):
    """My reading of policy section 3, applied to the labels."""
    r = set()
    sla, ld_stated, capped, deemed, value = x
    goods = t["contract_kind"] == G
    if not sla: r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["avail"]: r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1"]: r.add("CR-SLA-RESPONSE")
    if sla and not t["sla_remedy"]: r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer": r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]: r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True: r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]: r.add("CR-CONFIDENTIALITY")
    if not ld_stated: r.add("CR-LD-MISSING")
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld"]: r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["cap"]: r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["pre"]: r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or deemed or t["final_payment_on_acceptance"] is False: r.add("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < TH["war"]): r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not capped or t["post_warranty_fee_pct"] > TH["pwf"]):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]: r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]: r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True: r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or forum_outside: r.add("CR-GOVERNING-LAW")
    share = tco_share(t, x, base)
    if share is not None and share > TH["tco"]: r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r), share


def risk(rules):
    return "high" if HIGH & set(rules) else ("medium" if set(rules) - {"CR-GOVERNING-LAW"} else "low")


# ---------------------------------------------------------------- threshold scan
PATTERNS = [
    r"99\.9(?![0-9])", r"(?<![0-9.])4\s*(hours?|hrs?|小时|個小時|个小时)", r"四\s*个?\s*小时", r"\bfour\s*(\(4\)\s*)?hours?\b",
    r"(?<![0-9])0?\.05\s*%", r"万分之五(?![十0-9])", r"千分之零点五", r"0\.5\s*‰",
    r"(?<![0-9.])100\s*%", r"百分之一?百", r"\bhundred\s*per\s*cent",
    r"(?<![0-9.])30\s*%", r"百分之三十(?![0-9])", r"\bthirty\s*per\s*cent", r"三成",
    r"(?<![0-9.])12\s*(months?|个月|個月)", r"十二\s*个\s*月", r"\btwelve\s*(\(12\)\s*)?months?", r"一\s*年(?!度)", r"\bone[\s-]*years?\b", r"(?<![0-9.])1\s*years?\b",
    r"(?<![0-9.])15\s*%", r"百分之十五", r"\bfifteen\s*per\s*cent",
    r"(?<![0-9.])40\s*%", r"百分之四十", r"\bforty\s*per\s*cent", r"四成",
    r"(?<![0-9.])5\s*(years?|年)", r"五\s*年", r"\bfive\s*years?", r"(?<![0-9.])60\s*months?", r"六十\s*个\s*月",
]
RX = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.9 %", "4 hours", "4小时", "四小时", "four hours", "0.05%", "万分之五", "100%", "百分之百",
            "30%", "30 %", "百分之三十", "12 months", "12个月", "十二个月", "twelve months", "质保期一年", "one year",
            "15%", "百分之十五", "40%", "百分之四十", "5 years", "五年", "60 months"]
MUST_MISS = ["99.95%", "99.99", "24 hours", "24小时", "14 hours", "0.08%", "万分之二", "150%", "130%", "0.30%",
             "18 months", "十八个月", "36 months", "年度维护费", "每年", "115%", "25%", "2025年", "2026年1月1日",
             "Subscription Year", "第二个服务年度", "45%", "three hours"]


def scan_selftest():
    for s in MUST_HIT:
        assert RX.search(s), ("must hit", s)
        assert RX.search(re.sub(r"\s", "", s)), ("must hit, no ws", s)
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


def near(v, th):
    return v is not None and not isinstance(v, bool) and abs(float(v) - th) < 1e-9


def main():
    scan_selftest()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    sources, targets = {}, {}
    for key, (stem, ext, lang, src) in NAMES.items():
        if ext in ("docx", "pdf"):
            sources[key] = src
            targets[key] = (stem + "." + ext, ext)
        else:
            (OUT / (stem + "." + ext)).write_text(src.strip("\n") + "\n", encoding="utf-8")
            print("wrote", stem + "." + ext)
    write(sources, targets, OUT, wrap_words=True)
    covered = set()
    for key, (stem, ext, lang, src) in NAMES.items():
        cat, t, x, base, forum_out, design = D[key]
        rules, share = derive(t, x, base, forum_out)
        assert rules == sorted(design), (key, rules, design)
        covered |= set(rules)
        # no label value on a threshold
        for k, th in (("availability_pct", TH["avail"]), ("p1_response_hours", TH["p1"]), ("ld_rate_per_day_pct", TH["ld"]),
                      ("liability_cap_pct", TH["cap"]), ("prepayment_pct", TH["pre"]), ("warranty_months", TH["war"]),
                      ("post_warranty_fee_pct", TH["pwf"])):
            assert not near(t[k], th), (key, k)
        if share is not None:
            assert abs(share - TH["tco"]) > 2, (key, share)
        text = read_back(OUT / (stem + "." + ext))
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            m = RX.search(variant)
            assert not m, (key, m.group(0), variant[max(0, m.start() - 40):m.end() + 40])
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (key, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (key, n)
        extra = {"sla_clause": x[0], "ld_stated": x[1]}
        if t["contract_kind"] == G:
            extra["post_warranty_fee_capped"] = x[2]
        extra["acceptance_deemed_on_delivery"] = x[3]
        extra["contract_value"] = x[4]
        label = {"file": stem + "." + ext, "language": lang, "category": cat, "expected_terms": t,
                 "expected_extra": extra, "expected_rules": rules}
        (OUT / (stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8")
        print("%s %-5s len=%d risk=%s tco=%s rules=%s" % (key, ext, n, risk(rules),
              None if share is None else round(share, 1), ",".join(r[3:] for r in rules) or "(none)"))
    assert covered == set(ALL), set(ALL) - covered
    print("all 20 rules covered")


if __name__ == "__main__":
    main()
