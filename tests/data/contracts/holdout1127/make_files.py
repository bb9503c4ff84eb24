"""holdout1127: builds the ten blind held-out drafts from their sources below, writes the .json labels and asserts
lengths, thresholds, sums and rule coverage. Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:市发展和改革委员会价格监测平台建设项目合同
P:合同编号：JG-FGW-2027-016　　采购方式：公开招标（政府采购）
P:甲方（采购人）：江临市发展和改革委员会
P:乙方（供应商）：江临数衡信息技术有限公司
P:根据《中华人民共和国民法典》《中华人民共和国政府采购法》及本项目招标文件、乙方投标文件，经双方协商一致，就价格监测平台软件许可及定制开发事宜订立本合同，本合同文本由甲方提供。
H:第一条 项目内容
P:1.1 乙方向甲方提供价格监测平台软件永久使用许可（含采集、分析、发布三个子系统），并按甲方需求完成农副产品、能源、医药等重点商品价格采集模块、异常波动预警模型、领导驾驶舱及专题报表的定制开发。
P:1.2 乙方负责完成与省级价格监测系统、市场监管数据共享平台、统计部门接口的数据对接，并负责部署实施、历史数据导入和人员培训。
P:1.3 项目实施地点为甲方指定的政务云机房，工期为合同签订之日起一百五十日。乙方应在合同签订后十日内提交详细实施方案和进度计划，经甲方确认后执行。
P:1.4 乙方提供的软件应适配甲方现有的国产操作系统、数据库和中间件，并通过甲方组织的兼容性测试。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰柒拾壹万伍仟元整（¥1,715,000），其中：平台软件许可费¥860,000；定制开发费¥612,000；数据对接费¥148,000；部署实施及培训费¥95,000。
P:2.2 上述价款为固定总价，已包含税费、差旅、第三方组件及质保期内的全部服务费用，甲方不再另行支付其他费用。
H:第三条 付款方式
P:3.1 合同生效且乙方提交等额预付款保函后十五个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 系统完成部署、通过初步验收后，甲方支付合同总价的45%。
P:3.3 系统试运行三个月期满并通过最终验收后，甲方支付合同总价的35%。
P:3.4 每期付款前乙方应开具合法有效的增值税发票，甲方按照国库集中支付程序办理。
H:第四条 交付与验收
P:4.1 初步验收：乙方完成部署和数据对接后提交初验申请，甲方组织按需求规格说明书逐项测试，包括重点商品采集覆盖率、预警模型对测试样本的识别结果、接口数据一致性核对，以及在300个并发用户下页面响应时间不超过3秒。
P:4.2 最终验收：试运行期间未发生一级故障，历史数据导入经抽样核对无差错，第三方机构出具的安全测评报告无高风险问题，乙方提交全部源代码、接口文档、运维手册后，由甲方组织专家进行最终验收并出具书面验收报告。
P:4.3 系统上线运行、甲方使用或支付任何款项均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收，费用由乙方承担。
H:第五条 质量保证与售后维护
P:5.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、巡检和技术支持服务。
P:5.2 质保期满后，甲方如需乙方继续提供维护服务，年度维护费不超过平台软件许可费的9%（即每年不超过¥77,400），该标准在质保期满后三个维护年度内不上调。维护合同按年度另行签订，不自动续期。
H:第六条 服务水平
P:6.1 质保期内平台月度可用率不低于99.95%，计划内维护须提前三个工作日书面通知甲方并安排在非工作时间进行。
P:6.2 故障分级响应：一级故障（平台无法访问或价格数据无法发布）30分钟内响应，3小时内恢复；二级故障2小时内响应，次日内解决；三级问题按版本计划处理。
P:6.3 乙方响应或恢复超时的，每超时1小时扣减服务费800元；月度可用率每低于承诺值0.01个百分点，扣减1,000元，从质保金或应付款项中扣除。
H:第七条 知识产权
P:7.1 平台软件的原有知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 为本项目定制开发的采集模块、预警模型、报表、接口程序及其源代码和文档，知识产权归甲方所有，甲方可自行或委托第三方修改、使用和再开发。
P:7.3 乙方保证其交付成果不侵犯任何第三方的合法权益，因侵权引起的纠纷由乙方负责处理并承担全部责任。
H:第八条 数据安全
P:8.1 平台采集、生成和存储的价格数据、企业报送数据及日志，均属于甲方所有。乙方仅可为履行本合同使用，不得用于其他任何目的，不得复制、留存或向第三方提供。
P:8.2 乙方应落实网络安全等级保护第三级要求，运维操作须经甲方审批并通过堡垒机进行，全程留痕；测试数据须经甲方脱敏后提供。
P:8.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第九条 保密
P:9.1 乙方对履行本合同中知悉的甲方工作秘密、未公开的价格信息及政策文件负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:9.2 保密义务不因本合同终止而解除。乙方应与参与本项目的人员签订保密承诺书。
H:第十条 违约责任
P:10.1 乙方未按期完成初步验收或最终验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过四十五日的，甲方有权解除合同。
P:10.2 甲方无正当理由逾期付款的，按逾期金额每日万分之三支付违约金。
P:10.3 乙方交付成果不符合约定且经整改仍不合格的，甲方有权拒收并要求乙方退还已付款项、赔偿损失。
H:第十一条 分包
P:11.1 本项目不允许分包或转包。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:12.2 因不可抗力致使合同目的不能实现的，双方均可解除合同。
H:第十三条 法律适用与争议解决
P:13.1 本合同的订立、效力、解释和履行适用中华人民共和国法律。
P:13.2 因本合同发生的争议，双方协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 项目管理与人员
P:14.1 乙方应指定具有信息系统项目管理师资格的项目经理一名，组建不少于八人的实施团队，主要人员名单作为本合同附件，未经甲方书面同意不得更换。
P:14.2 乙方应每周向甲方提交项目周报，说明进度、问题和风险；每月参加甲方组织的项目协调会。项目关键节点延误超过七日的，乙方应提交书面整改计划。
P:14.3 乙方人员在甲方场所工作期间应遵守甲方的安全管理、考勤和保密制度，因乙方人员违反制度造成损失的，由乙方承担责任。
H:第十五条 不可抗力
P:15.1 因地震、洪水、疫情防控措施等不可抗力不能按期履行的，受影响方应在三日内书面通知对方，并在十日内提交有关证明，履行期限相应顺延。
P:15.2 不可抗力持续超过六十日的，双方协商合同是否继续履行。
H:第十六条 通知
P:16.1 本合同项下的通知应以书面形式送达合同首页载明的地址或双方确认的电子邮箱，任何一方变更联系方式的，应在变更后三日内通知对方。
H:第十七条 其他
P:17.1 招标文件、投标文件、中标通知书及双方确认的需求规格说明书为本合同组成部分。
P:17.2 本合同未尽事宜，按照政府采购相关规定执行，或由双方签订补充协议。
P:17.3 本合同一式六份，甲方四份、乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：　　　　　　乙方（盖章）：
P:签订日期：2027年3月　日
"""

Z02 = """T:生产线控制系统改造合同
P:合同编号：HX-GZ-2027-042
P:甲方：浙江恒信电动封口机制造有限公司
P:乙方：杭州屹控自动化工程有限公司
P:甲方六条电动封口机装配及测试生产线的控制系统已运行多年，存在备件停产、程序无文档、故障难以追溯等问题。经比选，甲方委托乙方对上述生产线的控制系统进行改造，双方就设备供货、软件许可、改造实施及维保服务订立本合同。
H:第一条 改造范围
P:1.1 乙方负责六条生产线的PLC控制柜更换、伺服驱动系统升级、人机界面更换、三套视觉检测单元新增，以及产线监控软件的部署和与甲方MES系统的对接。
P:1.2 乙方负责编写并调试全部PLC程序、HMI画面、视觉检测程序，负责旧系统拆除、新系统安装接线、单机调试和联动调试，并对甲方电气及设备人员进行培训。
P:1.3 改造须分线停产实施，每条产线停产时间不超过七日，总工期为合同生效后一百二十日。
P:1.4 改造后的控制系统应实现以下功能：封口温度、压力、速度等关键参数的闭环控制和配方管理；设备运行状态、停机原因和产量数据的自动采集；质量异常的自动报警、剔除和追溯；与MES系统的工单下达、完工报工和质量数据上传。
P:1.5 乙方拆除的旧控制柜、电缆和元器件归甲方所有，由乙方清点造册后移交甲方仓库，双方签字确认。
H:第二条 合同价格
P:2.1 本合同总价为人民币壹佰伍拾伍万元整（¥1,550,000），明细如下表：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制柜及扩展模块|6套|486,000
TB:2|伺服驱动器及伺服电机|6套|348,000
TB:3|HMI触摸屏|6套|84,000
TB:4|视觉检测单元|3套|171,000
TB:5|产线监控软件许可（含MES接口）|1套|196,000
TB:软硬件小计|||1,285,000
TB:6|改造安装及调试|1项|142,000
TB:7|PLC及视觉程序开发|1项|98,000
TB:8|培训|1项|25,000
TB:合计|||1,550,000
P:2.2 合同总价包含设备、软件、运输、安装、调试、培训及质保期内服务的全部费用。
H:第三条 付款
P:3.1 合同生效后十个工作日内，甲方支付合同总价的10%作为预付款。
P:3.2 全部设备到货并经甲方签收后，甲方支付合同总价的55%。到货签收仅确认数量和外观，不代表质量验收。
P:3.3 六条产线全部改造完成并通过终验后，甲方支付合同总价的35%。
H:第四条 验收
P:4.1 单线验收：每条产线改造后连续生产七十二小时，节拍不低于改造前水平，封口合格率达到工艺文件要求，急停及安全联锁功能逐项测试有效。
P:4.2 终验：六条产线全部通过单线验收并连续运行三十日，视觉检测单元对漏封、偏封样品的检出结果符合技术协议，产线监控软件与MES数据核对一致，乙方提交全部程序源文件、电气图纸和操作手册后，由甲方出具终验报告。
P:4.3 设备安装或产线投产使用不视为验收合格。单线验收或终验不合格的，乙方应在十日内完成整改并重新验收，整改期间产生的费用由乙方承担。
H:第五条 质量保证
P:5.1 质保期为十八个月，自终验合格之日起计算。质保期内因设备或软件本身原因产生的故障，乙方免费维修或更换。
P:5.2 故障响应：一级故障（产线停机）1小时内响应，6小时内到场；二级故障8小时内响应，次日到场。
P:5.3 乙方响应或到场超时的，每超时1小时扣减质保金500元。
H:第六条 质保期满后的维保服务
P:6.1 质保期满后，乙方按年度提供维保服务，内容包括季度巡检、备件更换、程序维护和软件升级。
P:6.2 维保费按软硬件小计的29%每年计取，即每年人民币372,650元，在质保期满后的三个维保年度内保持不变，按季度支付。
P:6.3 维保服务按年度另行签订合同，不自动续期。
H:第七条 知识产权
P:7.1 为本项目编写的PLC程序、HMI画面、视觉检测程序及其源文件归甲方所有，甲方可自行修改或委托第三方维护。
P:7.2 产线监控软件的著作权归原权利人所有，乙方确保甲方获得永久使用许可。
H:第八条 数据安全
P:8.1 生产数据、工艺参数、配方和质量记录属于甲方，乙方不得复制、留存或用于本合同以外的目的。调试结束后，乙方应删除其调试电脑中保存的甲方程序和数据副本，并书面确认。
P:8.2 乙方远程维护须经甲方逐次审批，通过甲方指定的VPN和工业防火墙访问；发生数据泄露或被篡改的，乙方应在2小时内通知甲方，并对其原因造成的损失承担赔偿责任。
H:第九条 保密
P:乙方对在合同履行中获知的甲方工艺、图纸、客户和价格信息负有保密义务，未经甲方书面同意不得披露，保密期至相关信息公开为止。
H:第十条 违约责任
P:10.1 乙方逾期完成改造的，每逾期一日按合同总价的万分之八支付违约金。
P:10.2 乙方交付的设备或程序不符合约定的，应无偿更换或整改，并赔偿甲方因停产造成的直接损失。
P:10.3 乙方支付违约金后，仍应继续履行合同义务。甲方未按约定付款的，按逾期金额每日万分之二支付违约金。
H:第十一条 分包与合同解除
P:11.1 乙方不得转包；电气安装等辅助工作如需分包，须事先取得甲方书面同意。
P:11.2 乙方严重违约且在甲方书面通知后十日内未纠正的，甲方有权解除合同并要求赔偿。
H:第十二条 技术要求与安全
P:12.1 乙方提供的PLC、伺服驱动器及HMI应为技术协议约定品牌的全新正品，提供原厂合格证和出厂检验报告；控制柜的设计、制作和接线应符合国家现行电气安全标准及甲方的设备管理规定。
P:12.2 乙方应在改造前对每条产线的现有电气图纸和工艺参数进行测绘和备份，改造后提交更新的电气原理图、接线图、I/O分配表和参数清单，纸质版和电子版各一套。
P:12.3 乙方施工人员进入甲方厂区应遵守甲方安全生产管理制度，动火、登高、带电作业须办理作业许可；因乙方原因发生安全事故的，由乙方承担全部责任。
H:第十三条 项目管理与培训
P:13.1 乙方应指定一名项目经理和一名电气负责人常驻甲方现场，负责施工组织、进度协调和质量控制，每周向甲方设备部提交书面进度报告。
P:13.2 乙方应按经甲方批准的分线停产计划组织施工，每条产线停产前三日与甲方生产部门确认停产时间，并准备好回退方案，确保在计划时间内恢复生产。
P:13.3 乙方应对甲方电气工程师进行不少于五天的系统培训，内容包括PLC程序结构、HMI画面维护、伺服参数调整、视觉检测程序调整和常见故障处理，培训后进行考核，确保甲方人员能够独立完成日常维护。
H:第十四条 备品备件
P:14.1 乙方应随设备提供一套随机备件，清单见技术协议。质保期满后，乙方应保证在至少八年内以合理价格持续供应所提供设备的备品备件，停产型号应提前六个月书面通知甲方并提供替代方案。
H:第十五条 不可抗力
P:因不可抗力导致不能按期履行的，受影响方应及时通知对方并提供证明，履行期限相应顺延；不可抗力持续超过六十日的，双方协商处理。
H:第十六条 争议解决
P:本合同适用中华人民共和国法律。争议协商不成的，提交湖州仲裁委员会仲裁。
H:第十七条 其他
P:本合同附件包括技术协议、设备清单及分线改造计划，与本合同具有同等效力。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：　　　　乙方（盖章）：
P:日期：2027年4月　日
"""

Z03 = """门店预约及会员管理系统服务合同

合同编号：CY-IT-2027-07
甲方：云栖茶艺职业培训连锁有限公司（以下简称"甲方"）
乙方：杭州约见云科技有限公司（以下简称"乙方"）

甲方在全国经营35家茶艺师培训门店，为统一学员预约、排课和会员管理，拟采用乙方提供的预约及会员管理云服务（SaaS），并由乙方完成系统实施。双方经协商订立本合同。

一、服务内容
（一）订阅服务
1. 乙方为甲方35家门店开通门店端账号，提供课程预约、教室排期、茶艺师排班、学员签到、会员储值及积分、课程包核销等功能。
2. 乙方为甲方总部开通管理端，提供跨店会员统一管理、经营报表、营销活动配置和财务对账功能。
3. 乙方提供微信小程序学员端，学员可在线预约课程、购买课程包、查看学习记录和考证进度。
（二）实施服务
1. 乙方完成35家门店的系统配置、课程及价格体系导入、打印机和扫码设备调试。
2. 乙方将甲方原会员系统中的会员档案、储值余额、积分及未核销课程包迁移至新系统，并与甲方财务系统完成对账接口开发。
3. 乙方对门店店长及前台人员进行分批培训，并提供操作手册。
4. 乙方配合甲方完成微信支付商户号、小程序认证及短信签名的申请和配置，并将小程序主体登记为甲方。

二、服务期限
（一）订阅服务期为两个服务年度，第一服务年度自系统上线验收合格之日起计算，第二服务年度紧接第一服务年度。
（二）服务期满前三十日，任何一方未书面提出不续约的，本合同自动续期一个服务年度，可多次续期。续期年度的订阅费由乙方按其届时标准价格调整，上调幅度不超过上一服务年度订阅费的8%，乙方在续期前以电子邮件通知甲方即可。

三、合同价款
（一）订阅费：门店端每店每服务年度6,800元，35家门店合计每服务年度238,000元；总部管理端每服务年度36,000元。两个服务年度订阅费合计548,000元。
（二）一次性费用：实施费58,000元，数据迁移及对账接口开发费14,000元。
（三）合同总价为人民币陆拾贰万元整（¥620,000），含税。

四、付款方式
（一）实施费及数据迁移费在系统上线验收合格后十五个工作日内一次性支付。
（二）每个服务年度的订阅费按季度支付，每季度开始后十个工作日内支付当季订阅费。
（三）乙方应在付款前开具增值税专用发票。发票信息有误或迟延开具的，甲方付款期限相应顺延，且不视为甲方逾期付款。
（四）按第六条计算的服务补偿，由乙方在下一季度订阅费发票中直接扣减，并在季度服务报告中列明。

五、上线验收
（一）乙方完成实施后提交上线验收申请，验收标准为：35家门店全部可正常预约、签到和核销；会员档案、储值余额、积分和课程包迁移后与原系统逐条核对一致；对账接口连续十日数据与财务系统一致；小程序在200人同时预约时页面响应不超过2秒。
（二）乙方应提前十日向甲方提交验收测试方案，经甲方确认后按方案执行测试，测试记录由双方签字确认。
（三）验收合格的，双方签署上线验收单；不合格的，乙方应在七日内整改并重新验收。系统试用或甲方门店使用不视为验收合格。

六、服务水平
（一）乙方承诺订阅服务月度可用率不低于99.5%，计划内维护须安排在22:00至次日7:00之间，并提前两日通知甲方。
（二）故障分级：一级故障（全部门店无法预约或无法核销）乙方应在30分钟内响应，2小时内恢复；二级故障（部分门店或部分功能不可用）1小时内响应，8小时内恢复；三级问题在下一版本中解决。
（三）服务补偿：月度可用率未达到承诺值的，每低于0.1个百分点，按当月订阅费的2%抵扣下期费用；一级故障恢复超时的，每超时1小时抵扣当月订阅费的1%。

七、数据归属与数据安全
（一）甲方及其学员在系统中产生的会员信息、预约记录、消费及储值数据均属于甲方所有。乙方仅为提供本合同服务处理上述数据，不得用于其他目的，不得向第三方提供。
（二）乙方应将数据存储于中国境内的云服务器，对会员手机号等个人信息加密存储，按最小权限原则管理访问账号，并每日备份。
（三）发生数据泄露、丢失或被篡改的，乙方应在2小时内通知甲方，配合甲方履行个人信息保护法规定的义务，并对因其原因造成的损失承担赔偿责任。
（四）乙方不得以任何方式向学员推送非甲方授权的广告或营销信息，不得将甲方会员信息用于乙方其他客户的营销活动。
（五）合同终止后三十日内，乙方应按甲方要求导出全部数据并交付甲方，随后删除系统中的甲方数据并出具删除证明。

八、知识产权
（一）云服务平台的知识产权归乙方所有。
（二）乙方为甲方专门开发的对账接口、定制报表及其源代码归甲方所有，甲方可自行修改或交由第三方使用。

九、保密
双方对在合作中获知的对方商业信息、经营数据和技术资料负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后继续有效。

十、服务分包
乙方可将短信通道、云资源托管及小程序运维等部分服务委托第三方服务商履行，但应提前书面通知甲方，并对第三方的行为承担责任。

十一、违约责任
（一）乙方未能在合同生效后六十日内完成上线验收的，每逾期一日按合同总价的万分之八向甲方支付违约金。
（二）甲方逾期付款的，按逾期金额每日万分之二支付滞纳金。

十二、合同解除
（一）乙方严重违约，经甲方书面通知后十五日内仍未纠正的，甲方有权解除合同，乙方应退还未履行期间的订阅费。
（二）连续两个月月度可用率低于承诺值的，甲方有权解除合同。

十三、培训与运营支持
（一）乙方应在上线前完成三轮分批培训，每家门店至少两名人员参加，培训结束后进行操作考核，考核合格方可开通门店正式账号。
（二）服务期内，乙方应为甲方指定一名客户成功经理，每月与甲方运营部门召开一次线上例会，反馈系统使用情况、故障统计和优化建议。
（三）乙方每季度向甲方提交服务报告，内容包括可用率统计、故障处理记录、版本更新说明及服务补偿计算明细。
（四）甲方新开门店的，按第三条约定的门店端单价开通账号，费用按当期服务年度剩余月份折算；门店关闭的，甲方可提前一个月通知乙方停用该门店账号，停用后的订阅费不再收取。

十四、产品更新与功能变更
（一）服务期内乙方对平台进行的常规版本升级不另行收费，升级前应提前五个工作日通知甲方，并保证不影响门店营业时间的正常使用。
（二）乙方不得在服务期内取消或实质性削减本合同约定的功能；确需调整的，应提前书面征得甲方同意。
（三）甲方提出的个性化需求，经双方评估后另行签订补充协议。

十五、通知
双方指定的联系人和联系方式见合同附件，通知以书面或电子邮件方式发出，电子邮件发出之日视为送达。

十六、争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商不成的，提交甲方所在地人民法院诉讼解决。

十七、其他
本合同附件包括功能清单、实施计划和门店清单，与本合同具有同等效力。本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：                    乙方（盖章）：
签订日期：2027年5月  日
"""

Z04 = """环卫车辆监管系统运维服务合同

项目编号：LCG-2027-CS-009（竞争性磋商）
甲方（采购人）：临川市城市管理局
乙方（成交供应商）：临川智环信息科技有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，甲方委托乙方对临川市环卫车辆监管系统提供运维服务，双方订立本合同。

第一条 服务范围
1. 监管平台运维：对环卫车辆监管平台的应用系统、数据库、中间件及地图服务进行日常巡检、故障处理、性能优化和版本维护。
2. 车载终端维护：对全市420台环卫车辆（清扫车、洒水车、垃圾收运车）上安装的定位终端、视频终端、油耗及作业传感器进行维护、校准和故障更换。
3. 数据服务：每日核查车辆在线率、轨迹完整率和作业里程，按月向甲方提交作业质量分析报表，配合甲方对环卫作业企业开展考核。
4. 驻场服务：乙方派驻2名运维工程师在甲方指挥中心工作日驻场，节假日安排值班。
5. 接口维护：维护监管平台与市数字城管平台、环卫作业企业调度系统及车辆加油卡系统之间的数据接口，接口中断时负责排查和恢复。
6. 使用支持：对甲方及各区环卫所的平台使用人员提供操作指导，每年组织两次集中培训，新增用户开通账号时提供现场或远程指导。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期满本合同终止，甲方如需继续采购，应依法重新组织采购。

第三条 合同金额
1. 合同总价为人民币伍拾陆万捌仟元整（¥568,000），其中平台运维费296,000元，车载终端维护费184,800元（420台，每台440元），数据服务费52,000元，备品备件费35,200元。
2. 合同总价为固定价格，包含人工、差旅、备件、工具及税费。终端因交通事故等外力损坏的更换费用另行结算。

第四条 付款方式
1. 服务费按季度结算，每季度结束后，甲方依据当季考核结果在二十个工作日内支付当季服务费。
2. 当季考核扣款从当季服务费中直接扣除。本合同不设预付款。
3. 乙方应在每季度结束后五个工作日内向甲方提交当季运维报告汇总、考核自评材料和合法有效的发票，材料不齐全的，付款期限相应顺延。

第五条 服务标准
1. 平台月度可用率不低于99.95%。
2. 车载终端在线率和轨迹完整率指标按附件一执行，因车辆停运、维修造成的离线不计入。
3. 故障响应：一级故障（平台整体中断或全部车辆无法定位）30分钟内响应，2小时内恢复；二级故障（单个功能模块不可用或成批终端离线）1小时内响应，6小时内恢复；单台终端故障在两个工作日内修复或更换。
4. 乙方每月第五个工作日前提交上月运维报告，内容包括故障处理记录、巡检记录、终端维护明细和数据质量分析。

第六条 考核与验收
1. 甲方按季度对乙方服务进行考核，考核内容包括平台可用率、终端在线率、故障响应及恢复时间、报表及时性、驻场出勤情况，考核细则见附件一。
2. 服务期满后，甲方依据四个季度考核结果和运维资料移交情况组织年度验收，验收合格的出具书面验收意见。
3. 年度验收时乙方应移交全部运维记录、配置清单、账号清单及运维中形成的脚本、工具和文档，并配合甲方或新的运维单位完成不少于十五日的交接，交接期间服务标准不降低。

第七条 考核扣款
1. 一级故障响应或恢复超时的，每超时1小时扣款1,000元；二级故障超时的，每超时1小时扣款300元。
2. 平台月度可用率每低于承诺值0.01个百分点，扣款500元；终端在线率当月未达到附件一指标的，扣款2,000元。
3. 驻场人员无故缺勤的，每人每日扣款600元。
4. 单季扣款累计不超过当季服务费的10%。

第八条 违约责任
1. 乙方未按约定完成季度巡检、终端校准或报表提交的，每逾期一日，按合同总价的千分之一支付违约金。
2. 乙方因运维操作失误造成平台数据丢失或终端损坏的，应负责恢复或修复，并赔偿甲方由此产生的直接损失。
3. 甲方未按约定付款的，应按逾期金额每日万分之二向乙方支付违约金。

第九条 数据安全
1. 监管平台中的车辆轨迹、作业视频、油耗数据、作业企业及驾驶员信息均属于甲方所有，乙方仅可为履行运维服务使用，不得复制、留存、出售或向任何第三方提供。
2. 乙方应遵守网络安全等级保护第三级的管理要求，运维人员实名登记，运维操作通过甲方堡垒机进行并完整留痕，禁止将数据拷贝至个人设备。
3. 发生数据泄露、篡改、丢失或网络安全事件的，乙方应在1小时内报告甲方并立即采取处置措施；因乙方原因造成的，乙方承担全部法律责任和赔偿责任。

第十条 知识产权
乙方在运维过程中为甲方编写的脚本、报表模板、数据分析模型及相关文档，其知识产权归甲方所有。乙方自有的运维工具软件，乙方授予甲方在服务期内免费使用。

第十一条 人员与分包
1. 乙方驻场及主要运维人员须具备相应资质，名单报甲方备案；更换人员须经甲方同意。
2. 乙方不得将本合同项下的服务转包或分包给第三方。
3. 乙方应为驻场及外勤人员缴纳社会保险和意外伤害保险，外勤人员上车作业时应遵守道路交通安全规定，因乙方人员原因发生的人身伤害和财产损失由乙方承担。
4. 乙方外勤人员进入环卫作业企业场站维护终端的，应提前与场站负责人预约，不得影响车辆正常出车作业。

第十二条 运维管理要求
1. 乙方应在合同生效后十日内与原运维单位完成交接，核对系统账号、配置文件、终端台账和遗留问题清单，交接记录经甲方确认后存档。
2. 乙方应建立运维工单制度，所有故障、变更和巡检均应在甲方运维管理系统中登记，处理完毕后由甲方值班人员确认关闭。
3. 涉及系统配置修改、版本升级和数据库操作的，乙方应提前提交变更申请和回退方案，经甲方批准后在夜间或非作业高峰时段实施。
4. 乙方每季度对平台服务器、数据库和网络设备进行一次全面巡检，每半年对全部车载终端进行一次现场检查和校准，巡检报告报甲方备案。

第十三条 应急保障
1. 乙方应制定平台中断、大面积终端离线和恶劣天气作业保障等应急预案，报甲方审核后执行，并每半年配合甲方开展一次应急演练。
2. 在重大活动、防汛防台及冰雪天气等保障期间，乙方应按甲方要求增派技术人员实行全天值守，所需费用已包含在合同总价内。

第十四条 备品备件
1. 乙方应在本市设立备件库，常备定位终端、视频终端及传感器等主要备件，数量不少于在用终端数量的3%。
2. 更换下来的故障终端及存储介质由乙方登记后交甲方统一处置，乙方不得自行带离或变卖。

第十五条 不可抗力
因不可抗力不能履行合同的，受影响方应在三日内通知对方，并在十五日内提供证明，根据影响程度部分或全部免除责任。

第十六条 争议解决
本合同适用中华人民共和国法律。因履行本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十七条 其他
1. 竞争性磋商文件、乙方响应文件、成交通知书及附件一为本合同组成部分。
2. 本合同一式四份，甲乙双方各执两份，自双方签字盖章之日起生效。

甲方（盖章）：                    乙方（盖章）：
法定代表人或授权代表：            法定代表人或授权代表：
签订日期：2026年12月  日
"""

Z05 = """# 锦针工序追踪系统软件许可及定制开发合同

> 苏州锦针软件有限公司 标准合同文本 JZ-HT-2026版

合同编号：JZ-2027-0318

甲方：苏州绣韵刺绣工坊有限公司

乙方：苏州锦针软件有限公司

甲方为管理刺绣订单从绣稿设计、打版、上绷、绣制、修整到质检的全部工序，购买乙方"锦针工序追踪系统"软件许可，并委托乙方进行定制开发。双方经友好协商，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供锦针工序追踪系统（标准版）软件许可，许可范围为20个绣制工位及5个管理账号，甲方可在其经营场所内永久使用。

1.2 乙方根据甲方需求进行定制开发，内容包括：订单与绣稿关联管理、工序流转扫码记录、绣娘计件工资核算、次品返修追踪、交期预警看板。

1.3 乙方负责系统部署、基础数据初始化及操作培训。

1.4 定制开发的具体功能以双方确认的《需求确认书》为准。《需求确认书》签署后甲方提出的新增或变更需求，乙方有权另行报价，并相应顺延交付时间。

1.5 系统采用乙方标准架构，部署在甲方自备的服务器上。甲方应按乙方提供的配置清单自行采购服务器、扫码枪、工位平板及网络设备，上述硬件不在本合同范围内。

1.6 乙方提供的培训为集中培训一次，培训对象为甲方管理人员及车间主管，共计不超过十五人次，增加培训的按乙方标准另行收费。

## 第二条 合同价格

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 工序追踪系统软件许可（20工位） | 168,000 |
| 2 | 定制开发 | 214,000 |
| 3 | 部署实施 | 38,000 |
| 4 | 培训 | 10,000 |
| | 合计 | 430,000 |

合同总价为人民币肆拾叁万元整（¥430,000），含增值税。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即279,500元。

3.2 系统上线后五个工作日内，甲方支付合同总价的35%，即150,500元。

3.3 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金，乙方有权暂停服务直至甲方付清款项。

## 第四条 甲方义务

4.1 甲方应指定项目联系人，及时提供需求说明、绣稿样例、工序标准、工价表及历史订单数据，并保证所提供资料真实、完整。

4.2 甲方应在乙方通知后三个工作日内完成服务器、网络及工位设备的准备，并为乙方实施人员提供必要的工作条件。

4.3 因甲方资料提供不及时、需求反复变更或设备未按时到位造成工期延误的，交付时间相应顺延，乙方不承担责任。

## 第五条 交付与验收

5.1 乙方应在收到首期款后九十日内完成定制开发并部署上线。

5.2 系统部署完成并投入运行即视为甲方验收合格。甲方在系统上线后提出的修改意见，乙方将视情况在后续版本中处理。

## 第六条 知识产权

6.1 锦针工序追踪系统及其所有版本的知识产权归乙方所有。

6.2 定制开发形成的程序、功能模块、报表及相关文档，其知识产权均归乙方所有。乙方授予甲方在许可范围内非独占的使用权，甲方不得修改、反向工程或许可第三方使用。

## 第七条 免费维护与后续服务

7.1 自系统上线之日起，乙方提供六个月免费维护，包括缺陷修复和远程技术支持。免费维护不包括新增功能开发、因甲方原因导致的数据修复及现场服务。

7.2 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护协议，年度维护费为软件许可费的10%，即每年16,800元，该费用标准三年内不变。

## 第八条 技术支持

8.1 乙方提供工作日9:00至18:00的电话及远程支持。

8.2 一级故障（系统无法登录或扫码无法记录工序）乙方在8小时内响应，并尽快安排处理；其他问题在两个工作日内答复。

8.3 现场服务需甲方提前预约，差旅费用由甲方承担。

8.4 乙方对系统进行的版本升级，将通过远程方式推送，甲方应配合安排升级时间。

## 第九条 数据

9.1 甲方在系统中录入的订单、绣稿图案、工艺参数和工资数据归甲方所有。

9.2 为改进产品和开发行业模型，甲方同意乙方在对数据进行脱敏处理后，将工艺参数、工时数据及绣稿图案特征用于乙方产品研发和行业分析。

9.3 乙方对系统采取访问控制、数据加密和定期备份措施；因乙方原因导致甲方数据泄露或丢失的，乙方负责恢复数据并承担相应赔偿责任，发现安全事件后24小时内通知甲方。

## 第十条 保密

双方对在合作中知悉的对方商业秘密和技术信息负有保密义务，未经对方书面同意不得向第三方披露，保密期限为合同终止后三年。

## 第十一条 违约责任

11.1 因乙方原因逾期上线的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

11.2 乙方在本合同项下的累计赔偿责任总额不超过合同总价的20%，且乙方不对甲方的间接损失、利润损失或数据损失承担责任。

11.3 甲方擅自复制、转让软件或超出许可范围使用的，应向乙方支付许可费两倍的违约金。

## 第十二条 合同解除

任何一方严重违反本合同约定，经对方书面催告后三十日内仍未纠正的，守约方有权解除本合同。

## 第十三条 不可抗力及免责

13.1 因不可抗力、电信运营商网络故障、甲方服务器或操作系统故障、病毒攻击等非乙方原因导致系统不能正常使用的，乙方不承担责任。

13.2 甲方未按乙方要求操作，或擅自修改系统配置、数据库造成的问题，乙方可提供有偿技术服务。

## 第十四条 争议解决

本合同适用中华人民共和国法律。因本合同产生的争议，双方应协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十五条 其他

15.1 本合同未尽事宜，双方可另行签订补充协议。

15.2 双方往来通知以书面或电子邮件方式发送至合同首页或双方确认的联系人，电子邮件发出即视为送达。

15.3 乙方可在其宣传资料、官方网站及案例介绍中使用甲方名称和商标作为客户案例，甲方另有书面要求的除外。

15.4 附件一为本合同组成部分，与本合同正文具有同等效力。

15.5 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：　　　　　　　　乙方（盖章）：

日期：2027年3月　日

## 附件一 定制开发功能清单

1. 订单管理：录入客户订单、绣品规格、数量和交期，关联绣稿图案、针法说明和配色表，支持按订单拆分生产批次。

2. 绣稿管理：上传绣稿图片和版本记录，记录打版人、审稿人和修改意见，绣稿确认后方可下达生产。

3. 工序流转：按打版、上绷、绣制、修整、熨烫、质检、包装设置工序，绣娘在工位平板扫码领取和完成工序，系统记录开始时间、完成时间和操作人员。

4. 计件工资：按工序、针法难度和绣品尺寸设置计件工价，每月自动汇总每位绣娘的完成件数和工资，支持主管审核和导出。

5. 次品返修：质检不合格时登记缺陷类型和责任工序，生成返修任务并跟踪返修结果，统计各工序的返修件数。

6. 交期预警看板：按订单显示各工序进度，临近交期未完成的订单以颜色提示，车间大屏实时显示。

7. 报表：订单进度表、工序产量日报、绣娘工资月报、次品统计月报，支持导出为电子表格。
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. RVS-CN-2027-004
P:This Agreement is made between Rutland Vale Software Limited, a company registered in England and Wales whose registered office is at 14 Mill Street, Oakham, Rutland LE15 6EA, United Kingdom (the "Vendor"), and Jiaxing Hengtai Chemical Fibre Co., Ltd., a company incorporated in the People's Republic of China whose registered address is in Jiaxing, Zhejiang Province (the "Customer").
P:The Customer operates polyester fibre production lines at two plants and wishes to replace its spreadsheet-based maintenance records with the Vendor's maintenance management software. The Vendor has agreed to grant a perpetual licence to that software and to configure, integrate and implement it on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's PlantCare maintenance management software, version 9, including its mobile application and standard reports, in object code.
P:1.2 "Custom Deliverables" means the configurations, interface programs, report templates, data migration scripts and documentation prepared by the Vendor specifically for the Customer under this Agreement, including their source code.
P:1.3 "Go-Live" means the first day on which the Software is used in production at both plants after the Customer's written approval of the cut-over plan.
P:1.4 "Final Acceptance" means the Customer's signed acceptance certificate issued under Article 5.
P:1.5 "Customer Data" means all data entered into or generated by the Software in the Customer's environment, including asset registers, work orders, spare-part records and maintenance history.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for 250 named users and unlimited mobile devices at the Customer's sites in the People's Republic of China, for the internal business purposes of the Customer and its affiliates.
P:2.2 The Customer may make copies of the Software for backup, testing and disaster recovery. The Customer shall not reverse engineer the Software except to the extent permitted by applicable law.
P:2.3 Title to the Software remains with the Vendor. Nothing in this Agreement transfers ownership of the Software to the Customer.
H:Article 3 Services
P:3.1 The Vendor shall configure the Software to the Customer's maintenance processes, build interfaces with the Customer's ERP system and its distributed control systems historian, migrate legacy asset and maintenance records, and train the Customer's key users and administrators.
P:3.2 The Vendor shall carry out the services in accordance with the implementation plan agreed at the kick-off meeting, which shall provide for Go-Live no later than 140 days after the effective date.
P:3.3 The Vendor shall assign a named project manager and shall not replace key personnel without the Customer's prior approval, which shall not be unreasonably withheld.
H:Article 4 Price and Payment
P:4.1 The total contract price is CNY 1,640,000, inclusive of applicable taxes, made up of the Licence Fee of CNY 1,120,000, configuration and interfaces of CNY 386,000, data migration of CNY 94,000 and training of CNY 40,000.
P:4.2 The Customer shall pay 20% of the contract price within 30 days after signature against the Vendor's invoice and an advance payment guarantee of the same amount; 45% within 30 days after Go-Live; and the remaining 35% within 30 days after Final Acceptance.
P:4.3 All amounts are payable in CNY to the Vendor's nominated bank account. Each party bears its own bank charges.
H:Article 5 Acceptance
P:5.1 After Go-Live the Software shall run in production for 45 days. Final Acceptance requires that: every test case in the agreed acceptance test plan has passed; migrated records reconcile with the legacy data on a full count and a sample check of 200 records; the ERP and historian interfaces have run for 20 consecutive days without unresolved errors; and no Severity 1 incident has remained open at the end of the run.
P:5.2 The Customer shall issue the acceptance certificate within 10 working days after the criteria are met, or give written reasons for refusal. The Vendor shall correct the reported defects and repeat the relevant tests.
P:5.3 Go-Live, production use or any payment shall not by itself constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and Custom Deliverables will perform materially in accordance with their documentation for 24 months from Final Acceptance. During this period the Vendor shall correct defects, provide new releases and answer support requests free of charge.
P:6.2 Support requests are classified by severity. For Severity 1 (the Software is unavailable or work orders cannot be raised at a plant), the Vendor shall respond within 1 hour and work continuously until a workaround is in place. Severity 2 requests shall receive a response within 6 hours and Severity 3 requests within 2 working days.
P:6.3 For each full hour by which the Vendor misses a Severity 1 response time, the Customer may deduct CNY 1,000 from the next amount payable to the Vendor or from any support fee.
P:6.4 After the warranty period the Customer may order annual support at 11% of the Licence Fee, that is CNY 123,200 per year, which the Vendor shall not increase for the first three support years. Each support year is ordered separately and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 All intellectual property rights in the Custom Deliverables vest in the Customer upon creation. The Vendor shall deliver their source code and the Customer may use, modify and license them without restriction.
P:7.2 The Vendor shall defend and indemnify the Customer against any claim that the Software or the Custom Deliverables infringe the rights of a third party.
H:Article 8 Customer Data and Security
P:8.1 Customer Data belongs to the Customer. The Vendor may access Customer Data only to perform this Agreement and shall not copy it out of the Customer's environment, retain it after the services end or use it for any other purpose.
P:8.2 Remote access by the Vendor shall take place only through the Customer's VPN, with multi-factor authentication and the Customer's approval for each session. The Vendor shall comply with the Customer's information security policies and with the data protection laws of the People's Republic of China.
P:8.3 The Vendor shall notify the Customer within 12 hours after becoming aware of any unauthorised access to, or loss of, Customer Data, shall cooperate in the investigation and remediation, and shall be liable for the losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential the other party's non-public business and technical information received under this Agreement, use it only for this Agreement and disclose it only to employees and advisers who need to know it and are bound by similar duties.
P:9.2 These obligations continue for three years after this Agreement ends.
H:Article 10 Delay and Liability
P:10.1 If Go-Live is delayed beyond the date in Article 3.2 for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.1% of the contract price for each day of delay, up to a maximum of 10% of the contract price.
P:10.2 The total liability of either party under this Agreement is limited to 150% of the contract price. This limit does not apply to infringement claims under Article 7.2, to breach of Article 8 or Article 9, or to death or personal injury caused by negligence.
H:Article 11 Subcontracting and Assignment
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent and remains responsible for the acts of any approved subcontractor.
P:11.2 Neither party may assign this Agreement without the other party's written consent.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.
P:12.2 If the Customer terminates under Article 12.1 before Final Acceptance, the Vendor shall refund the amounts paid for services not accepted, and the licence granted in Article 2 shall continue for the Software already paid for.
H:Article 13 Governing Law and Jurisdiction
P:13.1 This Agreement and any dispute arising out of it are governed by the laws of England and Wales.
P:13.2 The courts of England and Wales have exclusive jurisdiction over any dispute arising out of or in connection with this Agreement.
H:Article 14 General
P:14.1 This Agreement, with the implementation plan and the acceptance test plan, is the entire agreement between the parties on its subject matter. Amendments must be in writing and signed by both parties.
P:14.2 This Agreement is made in English and Chinese; both versions have equal effect.
P:14.3 Neither party is liable for a delay caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided that it notifies the other party promptly and takes reasonable steps to limit the delay. Dates in the implementation plan are extended accordingly.
P:14.4 Notices under this Agreement shall be in writing and sent by courier or e-mail to the addresses of the project contacts named in the implementation plan. A notice sent by e-mail is received on the next working day after it is sent.
P:Signed for the Vendor: ____________________    Signed for the Customer: ____________________
"""

E02 = """# Order Form and General Terms — Supplier Quality Cloud

Order Form No. WQ-2027-0117

## Part A — Order Form

### A1. Parties

**Provider:** Welland Quality Systems Ltd, a company registered in England and Wales, of 3 High Street West, Uppingham, Rutland LE15 9QD, United Kingdom.

**Customer:** Ningbo Dongqiao Auto Parts Co., Ltd., a company incorporated in the People's Republic of China, of Beilun District, Ningbo, Zhejiang Province.

### A2. Subscribed Services

The Provider will provide the Supplier Quality Cloud service, hosted in a data centre in mainland China, comprising: supplier onboarding and qualification; incoming inspection; non-conformance reports and 8D problem solving; PPAP document management; and the supplier portal through which the Customer's suppliers submit documents and corrective actions.

### A3. Subscription Term

The Subscription Term is two Subscription Years. The first Subscription Year begins on the date of Onboarding Acceptance under section 3 of Part B, and the second begins on its first anniversary.

### A4. Fees

| Item | Basis | Fee per Subscription Year (CNY) | Total for the Subscription Term (CNY) |
|---|---|---|---|
| Platform subscription | 360 named users at CNY 780 | 280,800 | 561,600 |
| Supplier portal module | up to 600 supplier accounts | 64,000 | 128,000 |
| Sandbox environment | one non-production tenant | 18,000 | 36,000 |
| Onboarding services | one-time, fixed price | — | 46,000 |
| Total | | | 771,600 |

All fees are in CNY and include value-added tax. Additional named users may be added at the per-user fee above, pro rata for the remainder of the Subscription Year.

### A5. Invoicing and Payment

The fee for each Subscription Year is invoiced on the first day of that Subscription Year and is payable within 30 days of the invoice date. The onboarding fee is invoiced after Onboarding Acceptance and is payable within 30 days of the invoice date. No amount is payable before Onboarding Acceptance.

### A6. Contacts and Signature

Provider contract manager: Ms Helen Marsh. Customer contract manager: Mr Zhou Wei, Supplier Quality Department. This Order Form, together with the General Terms in Part B, forms the agreement between the parties. If Part A and Part B conflict, Part A prevails.

Signed for the Provider: ____________________ Signed for the Customer: ____________________

## Part B — General Terms

### 1. Definitions

1.1 "Service" means the subscribed services described in A2.

1.2 "Customer Data" means all data and documents submitted to the Service by or for the Customer, including data submitted by the Customer's suppliers through the supplier portal.

1.3 "Customer Configurations" means workflows, forms, report layouts and integrations configured by the Provider specifically for the Customer.

### 2. Provision of the Service

2.1 The Provider will make the Service available to the Customer's authorised users during the Subscription Term in accordance with the documentation and these General Terms.

2.2 The Provider may improve the Service from time to time, provided that it does not materially reduce the functionality or security of the Service during the Subscription Term.

2.3 The Customer is responsible for the use of the Service by its users and its suppliers' users, and will keep login credentials secure. The Customer will not use the Service to store information that it is not permitted to share with the Provider.

2.4 The Provider will support the two most recent major versions of the common desktop and mobile browsers, and will give the Customer at least 90 days' notice before it stops supporting a browser version.

### 3. Onboarding

3.1 The Provider will configure the Service, migrate the Customer's existing supplier master data and open non-conformance records, set up single sign-on with the Customer's directory, and train the Customer's administrators.

3.2 Onboarding Acceptance occurs when the Customer confirms in writing that: all configured workflows have passed the agreed test scripts; migrated supplier records reconcile with the Customer's source list; single sign-on works for all user groups; and 20 pilot suppliers have submitted documents through the portal without error. The Customer will confirm or give reasons within 10 business days after the Provider's notice of readiness.

3.3 The Provider targets completion of onboarding within 75 days after signature of this Order Form.

3.4 The Customer will provide a project lead, access to its supplier master data and directory administrators, and timely decisions on configuration questions. The parties will hold a short progress call each week during onboarding, and the Provider will keep an issue log that both parties can see.

3.5 The Provider will deliver administrator and end-user training in Chinese, including recorded sessions and quick-reference guides that the Customer may use internally without restriction.

### 4. Service Levels

4.1 The Provider will make the Service available 99.95% of the time in each calendar month, excluding scheduled maintenance announced at least 72 hours in advance and performed between 23:00 and 06:00 China Standard Time.

4.2 Priority 1 incidents (the Service is unavailable, or no user can log in) will receive a response within 30 minutes, at any time of day. Priority 2 incidents will receive a response within 2 hours during business hours, and Priority 3 requests within 2 business days.

4.3 If monthly availability falls below the commitment in 4.1, the Customer will receive a service credit of 5% of the monthly equivalent of the subscription fee for each 0.1 percentage point of shortfall, up to half of that monthly amount. Credits are applied to the next invoice.

### 5. Customer Data

5.1 Customer Data belongs to the Customer. The Provider processes Customer Data only to provide the Service and support to the Customer, and will not use it for any other purpose.

5.2 The Provider will store Customer Data only in mainland China, encrypt it in transit and at rest, restrict access to personnel who need it, keep access logs, and test backups monthly.

5.3 The Provider will notify the Customer within 24 hours after becoming aware of a security incident affecting Customer Data, will provide the information the Customer needs to meet its legal obligations, and is responsible for losses caused by its failure to comply with this section.

5.4 The Provider will not engage any sub-processor or subcontractor for the Service without the Customer's prior written consent.

5.5 Within 30 days after the end of the Subscription Term the Provider will return all Customer Data in a standard format and then delete it.

### 6. Intellectual Property

6.1 The Provider retains all rights in the Service and its underlying software.

6.2 Customer Configurations belong to the Customer. The Customer may use, copy and modify them and may let another provider use them.

### 7. Confidentiality

Each party will keep the other's confidential information secret, use it only for this agreement and disclose it only to those who need to know it and are bound by equivalent obligations. This duty continues for three years after the agreement ends.

### 8. Renewal

8.1 At the end of the Subscription Term the agreement renews automatically for successive renewal periods of one Subscription Year each, unless either party gives notice of non-renewal at least 60 days before the end of the current period.

8.2 The Provider may increase the fees for any renewal period by giving the Customer notice at least 45 days before that renewal period begins. An increase will not exceed 9% of the fees for the preceding period.

### 9. Limitation of Liability

9.1 Neither party is liable for indirect or consequential loss, or for loss of profit or revenue.

9.2 Each party's total liability arising out of or in connection with this agreement is limited to the fees paid or payable by the Customer in the nine months preceding the event giving rise to the claim.

9.3 The limits in this section do not apply to breach of section 7 or to liability that cannot be limited by law.

### 10. Term and Termination

10.1 The agreement starts on signature of the Order Form and continues for the Subscription Term and any renewal period.

10.2 Either party may terminate the agreement by written notice if the other party materially breaches it and does not remedy the breach within 30 days after receiving notice of it. If the Customer terminates under this section, the Provider will refund prepaid fees for the period after termination.

### 11. Governing Law and Disputes

This agreement is governed by the laws of the People's Republic of China. Any dispute will be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules in force at the time.

### 12. General

12.1 Neither party is liable for failure or delay caused by events beyond its reasonable control, provided that it notifies the other party promptly and uses reasonable efforts to resume performance.

12.2 Neither party may assign the agreement without the other party's prior written consent, except to a successor of its whole business that accepts the agreement in writing.

12.3 Notices must be in writing and sent to the contract managers named in A6. Any change to the agreement must be in writing and signed by both parties. The agreement is made in English and Chinese, and both versions have equal effect.
"""

E03 = """T:Purchase Contract for Condition Monitoring Sensors and Software
P:Contract No. SHP-EQ-2027-031
P:Buyer: Shandong Huaping Paper Co., Ltd., a company incorporated in the People's Republic of China, of Rizhao, Shandong Province (the "Buyer").
P:Supplier: Welland Valley Instruments Ltd, a company registered in England and Wales, of Ryhall Road Industrial Estate, Stamford, Lincolnshire PE9 1XH, United Kingdom (the "Supplier").
P:The Buyer runs two paper machines and a pulp line whose pumps, fans, refiners and dryer drives have so far been checked by hand-held measurement rounds. The Buyer wishes to install permanent wireless vibration and temperature sensors and a condition monitoring software licence. This Contract is issued on the Buyer's standard terms for equipment purchases.
H:1. Scope of Supply
P:1.1 The Supplier shall supply 320 wireless tri-axial vibration and temperature sensors, 16 industrial gateways, and a perpetual licence of its condition monitoring software for 320 monitored assets, as listed in the price table in clause 2.1.
P:1.2 The Supplier shall install and commission the sensors and gateways, set up the software on the Buyer's servers, configure asset hierarchies, alarm thresholds and diagnostic rules for each asset class, and connect the software to the Buyer's maintenance management system.
P:1.3 The Supplier shall train the Buyer's reliability engineers and maintenance technicians, and shall deliver operating manuals, installation records and the configuration files.
P:1.4 The Supplier shall carry out a site survey within 20 days after the effective date, confirm the mounting position, fixing method and radio coverage for each asset, and submit an installation plan for the Buyer's approval.
P:1.5 Delivery of all equipment to the Buyer's Rizhao mill shall take place within 70 days after the effective date, and installation and commissioning shall be complete within 45 days after delivery.
H:2. Price
P:2.1 The contract price is CNY 1,460,000, inclusive of value-added tax, delivery to site, import duties and insurance, made up as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration and temperature sensor|320|2,150|688,000
TB:2|Industrial gateway|16|9,500|152,000
TB:3|Condition monitoring software licence, perpetual, 320 assets|1|420,000|420,000
TB:|Equipment and licence subtotal|||1,260,000
TB:4|Installation and commissioning|1 lot||118,000
TB:5|Analytics configuration and system interface|1 lot||64,000
TB:6|Training|1 lot||18,000
TB:|Contract price|||1,460,000
P:2.2 The contract price is fixed and covers all services during the warranty period. The unit prices in the table also apply if the Buyer orders additional sensors or gateways of the same type within two years after Final Acceptance.
P:2.3 The Supplier shall hand over with the equipment the certificates of origin, factory test reports and radio type approval certificates required for use in mainland China.
H:3. Payment
P:3.1 The Buyer shall pay 10% of the contract price as an advance within 15 working days after the effective date, against the Supplier's invoice and a bank guarantee for the same amount issued by a bank in mainland China.
P:3.2 The Buyer shall pay 55% of the contract price within 30 days after all equipment has been delivered and installed. Signature of the installation record confirms quantities and installation only and does not mean acceptance.
P:3.3 The Buyer shall pay the remaining 35% of the contract price within 30 days after Final Acceptance under clause 4.
H:4. Acceptance
P:4.1 After commissioning, the system shall run for 30 consecutive days. Final Acceptance requires that: all 320 sensors report data to the software at the configured intervals; measurements on 20 assets chosen by the Buyer agree with a calibrated portable analyser within the tolerances in the technical specification; alarms are generated and transferred to the maintenance management system as work requests in the test scenarios; and no Severity 1 fault has remained open at the end of the run.
P:4.2 When the criteria are met, the Buyer shall sign the Final Acceptance certificate within 10 working days or state in writing which criteria are not met. The Supplier shall remedy the shortfall and the relevant tests shall be repeated at its cost.
P:4.3 Installation, use of the system or payment of any instalment shall not be taken as acceptance.
H:5. Warranty and Support
P:5.1 The Supplier warrants the equipment and software for 24 months from Final Acceptance. During the warranty period the Supplier shall repair or replace any defective sensor, gateway or component free of charge, including batteries that fail early, and shall provide software updates and remote diagnostic support.
P:5.2 Faults are classified by severity in the technical specification. For a Severity 1 fault (the software stops receiving data from a paper machine or a pulp line), the Supplier shall respond within 2 hours and restore data flow within 24 hours. Severity 2 faults shall receive a response within 8 hours.
P:5.3 For each hour by which the Supplier exceeds a Severity 1 response or restoration time, the Buyer may deduct CNY 600 from any amount due to the Supplier or claim it from the Supplier.
P:5.4 After the warranty period, the Supplier shall offer annual support, including software updates, remote diagnostics and replacement of failed sensors, for a fee of 8% of the equipment and licence subtotal, that is CNY 100,800 per year. This fee is fixed for three years after the warranty. Each support year is ordered by a separate purchase order and does not renew automatically.
H:6. Intellectual Property
P:6.1 The software licence is perpetual, non-exclusive and limited to the Buyer's mills in the People's Republic of China. The Supplier keeps all rights in its standard software.
P:6.2 The asset models, diagnostic rules, dashboards and interface programs configured or written for the Buyer belong to the Buyer, which may use, change and let third parties use them without further payment.
H:7. Data Security
P:7.1 All measurement data, alarm records and asset information collected or produced by the system belong to the Buyer. The Supplier may use them only to perform this Contract and shall not copy them outside the Buyer's network or use them for any other purpose.
P:7.2 The gateways and the software shall run inside the Buyer's network. Remote access by the Supplier shall be approved by the Buyer for each session and shall use the Buyer's VPN with multi-factor authentication.
P:7.3 The Supplier shall report any security incident affecting the system or the Buyer's data within 12 hours after it becomes aware of it, shall assist in containing it and shall be liable for losses caused by its failure to meet this clause.
H:8. Confidentiality
P:8.1 Each party shall keep confidential all non-public information received from the other party in connection with this Contract, including the Buyer's process data, drawings and production figures, and shall not disclose it to any third party without the other party's prior written consent.
P:8.2 This clause survives termination for three years.
H:9. Delay
P:9.1 If delivery or completion of commissioning is late for reasons attributable to the Supplier, the Supplier shall pay liquidated damages of 0.08% of the contract price for each day of delay, up to 10% of the contract price.
P:9.2 Payment of liquidated damages does not release the Supplier from its obligation to complete the supply.
H:10. Liability
P:10.1 The total liability of either party under this Contract is limited to 200% of the contract price. The limit does not apply to wilful misconduct, personal injury or breach of clauses 7 and 8.
P:10.2 Neither party is liable for loss of profit or indirect loss, except under clauses 7 and 8.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract installation or any other part of the work without the Buyer's prior written consent. The Supplier remains responsible for the work of any approved subcontractor.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after the Buyer's written notice, or if delay damages reach their maximum.
P:12.2 On termination, the Supplier shall refund the amounts paid for equipment or services not accepted, and the Buyer shall return any equipment not paid for.
H:13. Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China.
P:13.2 Any dispute shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao. The award is final and binding on both parties.
H:14. Miscellaneous
P:14.1 The technical specification and the acceptance test plan form part of this Contract.
P:14.2 This Contract is signed in English and Chinese, and the two versions have the same effect.
P:14.3 Neither party is liable for delay caused by force majeure events such as earthquakes, floods, epidemics or government action, provided that it notifies the other party within 5 days and provides supporting evidence. The time for performance is extended by the period of the delay.
P:14.4 The Supplier shall observe the Buyer's site safety rules, including permits for work at height, hot work and work near rotating equipment, and shall only fit sensors on machines that the Buyer has isolated or released for the work.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed IT Services Agreement

Agreement No. FMS-2027-088

This Managed IT Services Agreement is made between **Fenland Managed Services Ltd**, a company registered in England and Wales, of Pinchbeck Road, Spalding, Lincolnshire PE11 1QD, United Kingdom (the "Provider"), and **Qingdao Haiyue Foods Co., Ltd.**, a company incorporated in the People's Republic of China, of Chengyang District, Qingdao, Shandong Province (the "Customer").

## Section 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which the Customer signs the Transition Acceptance certificate under Section 4.

1.3 "Service Levels" means the service levels set out in Schedule 2.

1.4 "Customer Data" means all data of the Customer or its employees, customers and suppliers that the Provider handles in performing the Services.

## Section 2. Term

2.1 This Agreement starts on signature and the Services run for 36 months from the Service Commencement Date.

2.2 The parties may agree in writing to extend the Services before the term ends. There is no automatic renewal.

## Section 3. Services

3.1 The Provider shall perform the Services for the Customer's head office, two food-processing plants and three cold-storage warehouses, as set out in Schedule 1.

3.2 The Provider shall staff a bilingual service desk, keep a named service delivery manager for the Customer and hold a monthly service review with the Customer's IT manager.

3.3 The Provider shall follow the Customer's change management procedure and shall not make changes to production systems without an approved change request.

3.4 The Provider shall keep one engineer on site at the head office on business days and shall send an engineer to any plant or warehouse when a fault cannot be resolved remotely. Engineers working at the plants shall follow the Customer's food hygiene and site safety rules.

3.5 The Provider shall manage the Customer's hardware suppliers and software vendors for warranty claims and support cases, but the Customer remains the contracting party with them.

## Section 4. Transition

4.1 The Provider shall take over the Services from the Customer's internal team and previous contractors under a transition plan approved by the Customer. Transition shall be complete within 60 days after signature.

4.2 Transition Acceptance requires that: all devices, servers and network equipment listed in the inventory are registered in the Provider's monitoring and service management tools; runbooks for every server and critical application have been written and tested with the Customer; the service desk has handled live tickets for 10 business days in parallel with the Customer's team; and knowledge transfer sessions with the previous contractors have been completed and documented.

4.3 The Customer shall sign the Transition Acceptance certificate within 5 business days after the criteria are met or state in writing which criteria are not met.

4.4 If Transition Acceptance is delayed beyond the date in 4.1 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 1,800 for each day of delay.

## Section 5. Service Levels

5.1 The Provider shall perform the Services to the Service Levels in Schedule 2 and shall report performance against them each month.

5.2 Service Levels are targets. If a Service Level is missed in any month, the Provider shall explain the cause at the monthly service review and present an improvement plan, which the parties shall follow up at the next review.

## Section 6. Charges and Payment

6.1 The charges are set out in Schedule 3. The total contract value is CNY 2,190,000, inclusive of value-added tax.

6.2 The monthly service charge is invoiced monthly in arrears, starting with the month in which the Service Commencement Date falls (pro rata for a part month). The transition fee is invoiced after Transition Acceptance. Invoices are payable within 30 days.

6.3 No amount is payable before Transition Acceptance.

## Section 7. Customer Data

7.1 Customer Data belongs to the Customer. The Provider may use Customer Data only to perform the Services and shall not use it for any other purpose.

7.2 At the end of the term the Provider shall hand over all Customer Data, documentation and credentials in its possession to the Customer or a replacement provider.

## Section 8. Intellectual Property

8.1 Runbooks, scripts, configuration baselines and documentation prepared by the Provider for the Customer under this Agreement belong to the Customer, which may use and modify them and give them to a replacement provider.

8.2 The Provider keeps its own tools and methods, and grants the Customer a free licence to use any of them embedded in the deliverables.

## Section 9. Confidentiality

9.1 Each party shall keep confidential the other party's non-public information received under this Agreement and shall use it only for this Agreement.

9.2 Neither party shall disclose such information to a third party without the other's prior written consent, except to its professional advisers or where required by law. This duty continues for three years after this Agreement ends.

## Section 10. Liability

10.1 The total liability of each party under this Agreement is limited to 150% of the total contract value.

10.2 Neither party is liable for indirect loss or loss of profit.

## Section 11. Subcontracting

The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Provider remains responsible for its subcontractors.

## Section 12. Termination

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.

12.2 On expiry or termination the Provider shall provide exit assistance under Section 14 for up to 60 days, at the rates in Schedule 3 for work beyond the exit plan.

## Section 13. Governance and Reporting

13.1 Each party shall appoint a relationship manager. The relationship managers shall meet every quarter to review service performance, open risks, planned changes in the Customer's business and the Provider's improvement proposals.

13.2 The monthly service report shall show performance against each Service Level, ticket volumes by site and category, open problems, changes carried out, and the asset inventory changes for the month.

13.3 The Provider shall keep the asset inventory, network diagrams and runbooks up to date and available to the Customer at all times.

## Section 14. Exit

14.1 At least 90 days before the end of the term, the Provider shall deliver an exit plan listing the documents, credentials, tools and knowledge transfer sessions needed for a replacement provider or the Customer's internal team to take over.

14.2 The Provider shall carry out the exit plan in good faith and shall continue to perform the Services to the Service Levels until the handover is complete.

## Section 15. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Disputes that cannot be settled by negotiation shall be submitted to the people's court with jurisdiction where the Customer is domiciled.

## Schedule 1 — Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Telephone, e-mail and portal support in Chinese and English for 420 users; ticket logging, first-line resolution and escalation | 07:00–22:00 every day |
| End-user devices | Installation, moves and changes, hardware fault handling with the manufacturers for 380 laptops and desktops and 95 handheld scanners | Business hours, on site at each location |
| Servers and storage | Monitoring, backup checks, capacity reports and fault handling for 46 virtual servers, 2 storage arrays and the backup system | 24 × 7 monitoring |
| Network | Monitoring and fault handling for switches, wireless access points and site links at six locations, liaison with the carriers | 24 × 7 monitoring |
| Warehouse systems | Application support for the warehouse management system and cold-room temperature logging software | Business hours, with on-call cover |
| Reporting | Monthly service report, asset inventory update, capacity and ageing report | Monthly |

## Schedule 2 — Service Levels

| Measure | Target |
|---|---|
| Priority 1 incident (a plant, a warehouse or the ERP system cannot work) | Response within 15 minutes; restoration within 3 hours |
| Priority 2 incident (a group of users or one application degraded) | Response within 1 hour; restoration within 8 hours |
| Priority 3 incident (one user affected) | Response within 2 business hours; resolution within 2 business days |
| Availability of core servers and network at each plant | 99.95% per month, outside agreed maintenance windows |
| Service desk calls answered within 30 seconds | 90% of calls per month |
| Monthly service report | Delivered by the 5th business day of the following month |

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | One-time, after Transition Acceptance | 84,000 |
| Monthly service charge | CNY 58,500 per month for 36 months | 2,106,000 |
| Total contract value | | 2,190,000 |
| Additional work and exit assistance | Per person-day, on the Customer's written order | 2,400 per person-day |
"""

E05 = """DATA SUBSCRIPTION AGREEMENT
CROP AND WEATHER DATA API

Agreement No. HAD-CN-2027-12

PARTIES

Holbeach Agri Data Ltd, a company registered in England and Wales, of Boston Road, Holbeach, Spalding, Lincolnshire PE12 8AQ, United Kingdom ("Provider").

Hubei Guoxin Grain Trading Co., Ltd., a company incorporated in the People's Republic of China, of Wuhan, Hubei Province ("Customer").

BACKGROUND

The Customer buys wheat, maize and rapeseed from growers and cooperatives across central China and wishes to use satellite-based crop condition indices, weather observations and yield forecasts in its purchasing and storage planning. The Provider supplies such data through an application programming interface. The parties agree as follows.

1. DEFINITIONS

1.1 "API" means the Provider's crop and weather data interface described in the Schedule, with its documentation.

1.2 "Provider Data" means the indices, observations, forecasts and other data delivered through the API.

1.3 "Customer Data" means the field boundaries, crop plans, purchase locations and other information that the Customer uploads to the API or sends in its requests.

1.4 "Subscription Year" means the period from the Start Date to the day before its first anniversary, and then the period from that anniversary to the day before the second anniversary.

1.5 "Start Date" means the day after Integration Acceptance under clause 4.

2. SUBSCRIPTION

2.1 The Provider grants the Customer, for two Subscription Years from the Start Date, a non-exclusive, non-transferable right to access the API and to use the Provider Data within its own business in mainland China.

2.2 The subscription covers 1,200 field or area polygons, daily crop condition indices, hourly weather observations from the nearest stations, ten-day weather forecasts, and seasonal yield forecasts for the three crops at county level.

2.3 The Provider will add new data layers to the API when they become generally available to its other subscribers, without extra charge, and will give at least 60 days' notice before it withdraws or materially changes any endpoint used by the Customer.

2.4 The Customer may store Provider Data in its own systems, combine it with its own data and share reports derived from it with its affiliates. The Customer shall not resell Provider Data or make it available to third parties as a data product.

2.5 The subscription ends at the end of the second Subscription Year. Any further subscription requires a new written order agreed by both parties.

3. FEES AND PAYMENT

3.1 The subscription fee is CNY 272,000 for each Subscription Year, CNY 544,000 for the two Subscription Years.

3.2 The integration support fee is CNY 32,000, one-time, for the work described in clause 4.

3.3 The total contract value is CNY 576,000, inclusive of value-added tax.

3.4 The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year. The integration support fee is invoiced after Integration Acceptance. Invoices are payable within 30 days.

3.5 Requests above the daily volume in the Schedule are not blocked but are charged at the rate in the Schedule, invoiced quarterly in arrears.

3.6 The Provider shall issue special value-added tax invoices through its contracting agent in mainland China, whose details are set out in the Schedule. Payment is made in CNY to the account named on each invoice.

4. INTEGRATION AND ACCEPTANCE

4.1 The Provider shall load the Customer's field boundaries, map them to the nearest weather stations, set up the Customer's API credentials and help the Customer's developers connect the API to its purchasing and warehouse planning systems.

4.2 Integration Acceptance requires that: the API returns complete data for all loaded polygons in a test run of 10 consecutive days; historical indices for the previous three seasons are available for every polygon; the Customer's systems receive and store the daily feed without manual steps; and the Provider has delivered the integration scripts and field mapping prepared for the Customer.

4.3 The Customer shall confirm Integration Acceptance in writing within 5 business days after the criteria are met, or state which criteria are not met. The Provider shall correct any shortfall and repeat the relevant part of the test run.

4.4 If Integration Acceptance is not reached within 50 days after signature for reasons attributable to the Provider, the Provider shall pay the Customer CNY 400 for each day of delay.

5. SERVICE AND SUPPORT

5.1 The Provider will use commercially reasonable efforts to keep the API available and to deliver each day's data early in the morning, China Standard Time, so that the Customer's buyers can use it during the working day.

5.2 The Provider will announce planned maintenance on its status page in advance where practicable.

5.3 The Customer may report problems by e-mail or through the support portal. The Provider will respond within a reasonable time and will use reasonable efforts to correct errors in Provider Data that it confirms.

6. CUSTOMER DATA AND SECURITY

6.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to provide the API and the services under this Agreement and shall not use it for any other purpose.

6.2 The Provider shall host Customer Data on servers in mainland China, encrypt it in transit and at rest, limit access to named staff and keep access logs.

6.3 The Provider shall notify the Customer within 24 hours after it becomes aware of any unauthorised access to or loss of Customer Data, shall cooperate with the Customer and the authorities, and shall be liable for losses caused by its failure to comply with this clause.

6.4 When this Agreement ends the Provider shall delete Customer Data within 30 days and confirm the deletion in writing.

6.5 Customer Data is not expected to include personal information. If the Customer needs to send the names or contact details of growers through the API, the parties shall first agree the additional measures required by the personal information protection laws of the People's Republic of China.

7. INTELLECTUAL PROPERTY

7.1 The Provider keeps all rights in the API and the Provider Data, subject to the rights granted in clause 2.

7.2 The integration scripts and field mapping prepared by the Provider for the Customer belong to the Customer, which may use and modify them freely.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the other party's non-public information, including the Customer's purchase plans and volumes, and shall use it only for this Agreement.

8.2 This clause continues to apply for three years after this Agreement ends.

9. CUSTOMER RESPONSIBILITIES

9.1 The Customer shall keep its API credentials secure, shall use the API only through its own systems and shall tell the Provider promptly if it suspects that credentials have been misused.

9.2 The Customer shall provide accurate field boundaries and crop plans. Where the Customer changes its polygons, the Provider shall update the mapping promptly, up to the number of polygons in clause 2.2, and shall tell the Customer when the new polygons appear in the API.

10. SUBCONTRACTORS

10.1 The Provider may use subcontractors, data suppliers and hosting providers to perform this Agreement, and may replace them at its discretion. The Provider remains responsible for their performance.

11. LIABILITY

11.1 Each party's total liability under this Agreement is limited to 150% of the total contract value, except for breach of clauses 6 and 8.

11.2 Neither party is liable for loss of profit, trading losses or indirect loss. The Customer is responsible for its own purchasing and trading decisions.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

12.2 If the Customer terminates under clause 12.1, the Provider shall refund the subscription fee for the remainder of the current Subscription Year.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing.

14. GENERAL

14.1 Neither party is liable for delay or failure caused by events beyond its reasonable control, including failures of satellite operators or public weather services, provided that it informs the other party promptly and resumes performance as soon as it can.

14.2 Neither party may assign this Agreement without the other party's prior written consent.

14.3 Notices shall be in writing and sent by e-mail or courier to the contacts named by each party. This Agreement is made in English and Chinese, and both versions have equal effect.

14.4 This Agreement, with the Schedule, is the entire agreement of the parties on its subject matter and may be changed only in writing signed by both parties.

SCHEDULE

API endpoints: crop condition indices, weather observations, weather forecasts, yield forecasts, field management.
Daily volume included: 60,000 requests per day.
Overage rate: CNY 0.02 per request above the daily volume.
Data formats: JSON and GeoTIFF.

Signed for the Provider: ____________________
Signed for the Customer: ____________________
"""

TEXT_FILES = {  # key -> (file name, kind): txt/md written as is, docx/pdf built by ../word_pdf.py
    "z01": ("h1127z01_price_monitoring_platform.pdf", "pdf"),
    "z02": ("h1127z02_sealing_machine_line_control_retrofit.docx", "docx"),
    "z03": ("h1127z03_tea_training_booking_saas.txt", "txt"),
    "z04": ("h1127z04_sanitation_vehicle_system_om.txt", "txt"),
    "z05": ("h1127z05_embroidery_process_tracking_supplier_template.md", "md"),
    "e01": ("h1127e01_maintenance_software_perpetual_licence.pdf", "pdf"),
    "e02": ("h1127e02_supplier_quality_saas_order_form.md", "md"),
    "e03": ("h1127e03_condition_monitoring_sensors_licence.docx", "docx"),
    "e04": ("h1127e04_managed_it_services_36_months.md", "md"),
    "e05": ("h1127e05_crop_weather_data_api_subscription.txt", "txt"),
}
SRC = {"z01": Z01, "z02": Z02, "z03": Z03, "z04": Z04, "z05": Z05,
       "e01": E01, "e02": E02, "e03": E03, "e04": E04, "e05": E05}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
             "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
             "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
             "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]

# key: language, category, terms (in TERM_KEYS order), extra
BASE = dict(availability_pct=None, p1_response_hours=None, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
            buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None, liability_cap_pct=None,
            prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
            post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
            subcontract_without_consent=False, governing_law="PRC", contract_kind="service")


def terms(**kw):
    t = dict(BASE)
    for k, v in kw.items():
        assert k in t, k
        t[k] = v
    return t


LABELS = {
    "z01": ("zh", "software", terms(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.1,
                                    prepayment_pct=20, final_payment_on_acceptance=True, warranty_months=24,
                                    post_warranty_fee_pct=9, contract_kind="goods_or_licence"),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1715000)),
    "z02": ("zh", "hardware", terms(p1_response_hours=1, ld_rate_per_day_pct=0.08, prepayment_pct=10,
                                    final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=29,
                                    contract_kind="goods_or_licence"),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1550000)),
    "z03": ("zh", "cloud", terms(availability_pct=99.5, p1_response_hours=0.5, ld_rate_per_day_pct=0.08,
                                 auto_renewal_price_increase=True, subcontract_without_consent=True),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=620000)),
    "z04": ("zh", "services", terms(availability_pct=99.95, p1_response_hours=0.5, confidentiality=False,
                                    ld_rate_per_day_pct=0.1, termination_for_breach=False),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=568000)),
    "z05": ("zh", "software", terms(p1_response_hours=8, sla_remedy=False, ip_owner="supplier", buyer_owns_data=False,
                                    ld_rate_per_day_pct=0.02, liability_cap_pct=20, prepayment_pct=65,
                                    acceptance_clause=False, final_payment_on_acceptance=False, warranty_months=6,
                                    post_warranty_fee_pct=10, subcontract_without_consent=None,
                                    contract_kind="goods_or_licence"),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True,
                 contract_value=430000)),
    "e01": ("en", "software", terms(p1_response_hours=1, ld_rate_per_day_pct=0.1, liability_cap_pct=150,
                                    prepayment_pct=20, final_payment_on_acceptance=True, warranty_months=24,
                                    post_warranty_fee_pct=11, governing_law="England and Wales",
                                    contract_kind="goods_or_licence"),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1640000)),
    "e02": ("en", "cloud", terms(availability_pct=99.95, p1_response_hours=0.5, liability_cap_pct=9 / 24 * 100,
                                 auto_renewal_price_increase=True),
            dict(sla_clause=True, ld_stated=False, acceptance_deemed_on_delivery=False, contract_value=771600)),
    "e03": ("en", "hardware", terms(p1_response_hours=2, ld_rate_per_day_pct=0.08, liability_cap_pct=200,
                                    prepayment_pct=10, final_payment_on_acceptance=True, warranty_months=24,
                                    post_warranty_fee_pct=8, contract_kind="goods_or_licence"),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1460000)),
    "e04": ("en", "services", terms(availability_pct=99.95, p1_response_hours=0.25, sla_remedy=False,
                                    data_security_clause=False, ld_rate_per_day_pct=1800 / 2190000 * 100,
                                    liability_cap_pct=150),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=2190000)),
    "e05": ("en", "cloud", terms(sla_remedy=False, ld_rate_per_day_pct=400 / 576000 * 100, liability_cap_pct=150,
                                 subcontract_without_consent=True),
            dict(sla_clause=False, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=576000)),
}

# TCO inputs for goods_or_licence drafts: itemised licence/hardware fee base, warranty months
TCO_IN = {"z01": 860000, "z02": 1285000, "z05": 168000, "e01": 1120000, "e03": 1260000}
FORUM_OUTSIDE_MAINLAND = {"e01"}  # courts of England and Wales

DESIGN = {
    "z01": [],
    "z02": ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"],
    "z03": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"],
    "z04": ["CR-CONFIDENTIALITY", "CR-TERMINATION"],
    "z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
            "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-AUTO-RENEWAL", "CR-LD-MISSING", "CR-LIABILITY-CAP"],
    "e03": [],
    "e04": ["CR-DATA-SECURITY", "CR-SLA-NO-REMEDY"],
    "e05": ["CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-SUBCONTRACT"],
}
DESIGN_RISK = {"z01": "low", "z02": "high", "z03": "medium", "z04": "medium", "z05": "high", "e01": "low",
               "e02": "high", "e03": "low", "e04": "high", "e05": "high"}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
SEVERITY = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
            "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}
THRESH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
          "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}


def tco_share(key):
    t, x = LABELS[key][2], LABELS[key][3]
    post_years = 5 - t["warranty_months"] / 12
    fees = max(post_years, 0) * TCO_IN[key] * t["post_warranty_fee_pct"] / 100
    return fees / (x["contract_value"] + fees) * 100


def derive(key):
    """My reading of policy §3, applied to the labels."""
    t, x = LABELS[key][2], LABELS[key][3]
    goods = t["contract_kind"] == "goods_or_licence"
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if x["sla_clause"] and not t["sla_remedy"]:
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
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        if t["post_warranty_fee_pct"] is not None and x["post_warranty_fee_capped"] and tco_share(key) > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or key in FORUM_OUTSIDE_MAINLAND:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = [SEVERITY.get(r, "medium") for r in rules]
    return "high" if "high" in sev else ("medium" if "medium" in sev else "low")


# threshold figures that no built text may state
PATTERNS = [
    r"(?<![\d.,])(?:30|15|40|100)(?:\.0+)?\s*(?:%|％|percent|per\s*cent)",
    r"百分之(?:三十|十五|四十|一百|百)(?![一二三四五六七八九十点])",
    r"99\.9(?:0*)(?!\d)",
    r"(?<![\d.])0?\.050*(?!\d)\s*(?:%|％)",
    r"万分之五(?![十])", r"千分之零点五",
    r"(?<![\d.十])(?:4|四)\s*个?\s*(?:小时|钟头|hours?\b|hrs?\b|h\b|-hour)",
    r"\bfour[\s-]*hours?\b",
    r"(?<![\d.十])(?:12|十二)\s*(?:个月|months?\b|-month)",
    r"\btwelve[\s-]*months?\b",
    r"(?<![第每任一二三四五六七八九十\d])一年", r"(?<![\d.,])1\s*年",
    r"\b(?:one|1)[\s-]*years?\b",
    r"(?<![\d.,十])(?:5|五)\s*个?\s*年(?!度)",
    r"\b(?:five|5)[\s-]*years?\b",
]
RX = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["30%", "30 %", "预付合同总价的30%", "百分之三十", "15%", "40 %", "100%", "99.9%", "99.90%", "0.05%",
            "万分之五", "4小时", "4 小时", "四小时", "4 hours", "four hours", "4-hour", "12个月", "十二个月", "12 months",
            "twelve months", "12-month", "质保期一年", "1年", "one year", "1 year", "五年", "5年", "five years",
            "5 years", "15 percent", "30 per cent"]
MUST_MISS = ["24小时", "二十四小时", "24 hours", "14 hours", "99.95%", "99.5%", "2027年12月31日", "第十二条", "150%",
             "115%", "0.055%", "0.08%", "万分之八", "二十四个月", "十八个月", "第一服务年度", "每年", "2025年",
             "十五日", "CNY 1,500", "Subscription Year", "15 days", "30 days", "Article 12", "120%", "130%",
             "2 hours", "第五年度", "1,100%"]


def selftest():
    for s in MUST_HIT:
        assert RX.search(s), ("must hit", s)
    for s in MUST_MISS:
        assert not RX.search(s), ("must miss", s, RX.search(s))


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


def size(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    selftest()
    for key, (name, kind) in TEXT_FILES.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(SRC[key], encoding="utf-8")
            print("wrote", name)
    write({k: SRC[k] for k, (n, kd) in TEXT_FILES.items() if kd in ("docx", "pdf")},
          {k: v for k, v in TEXT_FILES.items() if v[1] in ("docx", "pdf")}, OUT, wrap_words=True)
    covered = set()
    problems = []
    for key, (name, kind) in TEXT_FILES.items():
        lang, cat, t, x = LABELS[key]
        assert list(t) == TERM_KEYS
        rules = derive(key)
        if rules != sorted(DESIGN[key]):
            problems.append("%s derived %s != design %s" % (key, rules, DESIGN[key]))
        if risk(rules) != DESIGN_RISK[key]:
            problems.append("%s risk %s != %s" % (key, risk(rules), DESIGN_RISK[key]))
        covered |= set(rules)
        for k, th in THRESH.items():
            if t[k] is not None and abs(t[k] - th) < 1e-9:
                problems.append("%s %s on threshold" % (key, k))
        if t["contract_kind"] == "goods_or_licence":
            sh = tco_share(key)
            print("  %s TCO share %.1f %%" % (key, sh))
            if 38 <= sh <= 42:
                problems.append("%s TCO share %.2f near threshold" % (key, sh))
        else:
            assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
            assert "post_warranty_fee_capped" not in x
        text = read_back(OUT / name)
        n = size(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        print("  %s %s: %d %s" % (key, name, n, "chars" if lang == "zh" else "words"))
        if not lo <= n <= hi:
            problems.append("%s length %d outside %d-%d" % (key, n, lo, hi))
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text), SRC[key]):
            m = RX.search(variant)
            if m:
                problems.append("%s threshold figure %r" % (key, variant[max(0, m.start() - 20):m.end() + 5]))
                break
        label = {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
                 "expected_rules": rules}
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                       encoding="utf-8")
    missing = [r for r in ALL_RULES if r not in covered]
    if missing:
        problems.append("rules not covered: %s" % missing)
    # price and payment sums
    assert 860000 + 612000 + 148000 + 95000 == 1715000 and 20 + 45 + 35 == 100
    assert 486000 + 348000 + 84000 + 171000 + 196000 == 1285000
    assert 1285000 + 142000 + 98000 + 25000 == 1550000 and 1285000 * 29 // 100 == 372650 and 10 + 55 + 35 == 100
    assert 35 * 6800 == 238000 and 2 * (238000 + 36000) + 58000 + 14000 == 620000
    assert 420 * 440 == 184800 and 296000 + 184800 + 52000 + 35200 == 568000
    assert 168000 + 214000 + 38000 + 10000 == 430000 and 430000 * 65 // 100 == 279500 and 168000 // 10 == 16800
    assert 1120000 + 386000 + 94000 + 40000 == 1640000 and 1120000 * 11 // 100 == 123200
    assert 360 * 780 == 280800 and 2 * (280800 + 64000 + 18000) + 46000 == 771600
    assert 561600 + 128000 + 36000 + 46000 == 771600
    assert 320 * 2150 + 16 * 9500 + 420000 == 1260000 and 1260000 + 118000 + 64000 + 18000 == 1460000
    assert 1260000 * 8 // 100 == 100800 and 10 + 55 + 35 == 100
    assert 36 * 58500 == 2106000 and 2106000 + 84000 == 2190000
    assert 2 * 272000 + 32000 == 576000
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
