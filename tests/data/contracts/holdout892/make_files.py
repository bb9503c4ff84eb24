"""Builds holdout892: ten blind held-out draft contracts and their .json labels.

Run: /work/main/.venv/bin/python -B make_files.py (in this folder). The .docx and .pdf files are made with
../word_pdf.py from the markup below (T: title, H: heading, P: paragraph, TB: table row); .txt and .md files are
written as they stand. The labels are written from LABELS, the expected rules are derived from the labels with this
folder's reading of policy section 3 and compared with DESIGN, and every check of the brief is asserted.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------------
H892Z01 = """T:江州市卫生健康委员会陪诊服务监管平台采购合同
P:合同编号：JZWJ-ZFCG-2026-0417
P:甲方（采购人）：江州市卫生健康委员会
P:乙方（供应商）：江州医联信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件（项目编号JZCG2026-118）、乙方投标文件和中标通知书，甲乙双方就陪诊服务监管平台的软件许可及定制开发事宜，经协商一致，订立本合同。招标文件、投标文件、中标通知书及澄清文件均为本合同组成部分。
H:第一条 项目内容与合同价款
P:1.1 乙方向甲方提供陪诊服务监管平台标准软件的永久使用许可，并按甲方需求完成陪诊机构备案、陪诊员实名登记与信用评价、服务订单监管、投诉处理、医院入口对接及监管驾驶舱等定制开发，完成部署、数据初始化和培训。
P:1.2 合同总价为人民币壹佰伍拾陆万元整（¥1,560,000），其中：平台软件许可费¥860,000；定制开发费¥590,000；实施部署费¥84,000；培训费¥26,000。
P:1.3 合同总价为固定总价，已包含税费、差旅、第三方组件及质保期内的全部服务费用，甲方不再支付其他费用。
P:1.4 定制开发需求以甲方确认的需求规格说明书为准。需求变更经双方书面确认后执行，变更工作量不超过原定制开发工作量百分之五的，乙方不另行收费。
H:第二条 交付期限与地点
P:2.1 乙方应于合同签订后一百二十日内完成平台部署、定制开发及联调，并向甲方提交初验申请。
P:2.2 交付地点为甲方指定的江州市政务云资源池，乙方不得将平台部署在政务云以外的环境。
P:2.3 乙方应在平台部署完成后对甲方及各区县卫健部门的管理人员开展不少于三期集中培训，并提供操作手册、管理员手册和培训视频，确保相关人员能够独立完成日常监管操作。
H:第三条 项目人员与甲方配合
P:3.1 乙方应指派具有三年以上政务信息化项目经验的项目经理常驻甲方现场，项目经理及核心开发人员未经甲方书面同意不得更换。
P:3.2 甲方负责协调各医院信息科提供接口文档和测试环境，提供政务云资源及必要的办公条件。因甲方原因导致工期延误的，交付期限相应顺延。
P:3.3 乙方应按周提交项目进度报告，重大问题应随时书面报告甲方。
H:第四条 付款方式
P:4.1 合同签订且乙方按第4.4款提交履约保函后十五个工作日内，甲方支付合同总价的20%作为预付款。
P:4.2 平台通过初验后十五个工作日内，甲方支付合同总价的45%。
P:4.3 平台通过最终验收后十五个工作日内，甲方支付合同总价的35%。
P:4.4 履约保函金额为合同总价的5%，有效期至最终验收合格后三十日，最终验收合格后甲方退还履约保函。
P:4.5 乙方每次请款前应开具等额合法增值税发票。甲方为财政性资金支付，付款时间以国库集中支付流程为准。
H:第五条 验收
P:5.1 初验条件：全部功能按需求规格说明书实现；与市内十二家二级以上医院的陪诊预约入口完成对接并联调通过；性能测试中五百个并发用户下页面平均响应时间不超过2秒；通过第三方网络安全等级保护测评。
P:5.2 初验通过后平台试运行九十日，试运行期内未发生一级故障、业务数据与医院接口数据核对一致的，甲方组织专家进行最终验收，并出具书面验收报告。
P:5.3 平台上线、试运行或甲方使用均不视为验收合格；验收不合格的，乙方应在十五日内整改并重新申请验收，费用由乙方承担。
P:5.4 最终验收时乙方应提交需求规格说明书、系统设计文档、源代码及编译说明、接口文档、测试报告、等保测评报告、运维手册和用户手册，资料不全的不予组织验收。
H:第六条 质量保证与维保
P:6.1 质保期为最终验收合格之日起二十四个月，质保期内乙方免费提供缺陷修复、版本升级、技术支持和现场服务。
P:6.2 质保期满后，如甲方需要乙方继续提供维保服务，年度维保费不超过平台软件许可费的9%（即每年不超过¥77,400），该价格自质保期满起三年内不上调，维保合同按年另行签订，不自动续期。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%，计划内维护应提前三个工作日书面告知甲方并安排在夜间进行。
P:7.2 一级故障（平台整体不可用或监管数据无法上报）乙方应在30分钟内响应、2小时内到达现场；二级故障2小时内响应；三级故障在下一个工作日内处理。
P:7.3 乙方每迟延响应一小时，向甲方支付¥1,000；月度可用率每低于承诺值0.01个百分点，乙方向甲方支付¥2,000；上述款项甲方可直接从应付款或履约保函中扣除。
H:第八条 知识产权
P:8.1 平台标准软件的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的功能模块、接口程序、源代码、数据库设计及技术文档的知识产权归甲方所有，乙方应在最终验收时移交全部源代码。甲方有权自行或委托第三方修改、使用和再开发。
H:第九条 数据安全
P:9.1 平台采集和产生的陪诊机构、陪诊员、患者及订单数据均属于甲方所有，乙方仅为履行本合同使用，不得用于其他任何目的，不得向第三方提供。
P:9.2 乙方应落实网络安全等级保护第三级要求，对个人信息加密存储、最小授权访问，运维操作须经堡垒机并留存日志，不得将数据复制至政务云以外。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及由此产生的行政处罚。
H:第十条 保密
P:乙方对履约中知悉的甲方工作秘密、患者信息及其他未公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露，保密义务在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付的平台不符合合同约定的，应负责修复或更换，并赔偿甲方因此遭受的损失。
P:11.3 甲方无正当理由逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
H:第十二条 分包
P:本项目不允许分包，乙方不得将合同义务的任何部分转交第三方履行。
H:第十三条 合同解除
P:13.1 乙方逾期超过六十日，或有其他严重违约行为经甲方书面催告后十日内仍未纠正的，甲方有权书面通知解除合同，并要求乙方退还已付款项、承担违约责任。
P:13.2 因不可抗力致使合同目的无法实现的，双方均可解除合同。
H:第十四条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 不可抗力
P:因地震、洪水、重大公共卫生事件等不可抗力不能履行合同的，受影响一方应在三日内通知对方，并在十日内提供证明，双方根据影响程度协商延期或部分免除责任。
H:第十六条 其他
P:本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。本合同一式六份，甲方四份、乙方二份，自双方签字盖章之日起生效。
P:附件：1.需求规格说明书；2.分项报价表；3.服务水平承诺书；4.数据安全承诺书。附件与本合同正文具有同等效力，不一致的以本合同正文为准。
P:甲方（盖章）：江州市卫生健康委员会    乙方（盖章）：江州医联信息技术有限公司
P:签订日期：2026年  月  日
"""

H892Z02 = """T:亚克力浴缸生产线控制系统改造合同
P:合同编号：LT-SB-2026-063
P:甲方：佛山市澜庭卫浴制造有限公司
P:乙方：广州智控自动化工程有限公司
P:甲方因亚克力浴缸吸塑、增强喷涂、固化及修边六条生产线控制系统老化，委托乙方实施控制系统改造。双方依据《中华人民共和国民法典》，经友好协商，订立本合同，共同遵守。
H:第一条 改造范围
P:1.1 乙方负责六条生产线的PLC控制柜更换、伺服驱动及运动控制升级、工业触摸屏更换、温控及固化炉控制单元改造、数据采集网关安装，以及产线监控与配方管理软件的部署。
P:1.2 乙方负责现有设备的拆除、新设备的安装接线、程序编写、单机调试、联动调试及试生产配合，并对甲方电气及工艺人员进行培训。培训不少于五天，内容包括控制原理、程序维护、配方管理、常见故障处理，培训后甲方人员应能独立完成日常维护。
P:1.3 乙方应在合同生效后十日内完成现场勘察，提交改造实施方案、停线计划及安全措施，经甲方书面确认后实施。
P:1.4 改造须在甲方安排的停线窗口内分线实施，每条线停线时间不得超过七日，不得影响其他生产线的正常生产。
H:第二条 设备、软件及价格
P:2.1 本合同设备、软件及服务价格如下表（含税）：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|生产线PLC控制柜（含柜体、PLC、I/O模块）|6套|118,000|708,000
TB:2|伺服驱动及运动控制模块|24套|9,500|228,000
TB:3|工业触摸屏HMI|18台|6,800|122,400
TB:4|温控及固化炉控制单元|6套|21,600|129,600
TB:5|MES数据采集网关|12台|7,500|90,000
TB:6|产线监控与配方管理软件许可（永久）|1套|202,000|202,000
TB:|软硬件小计|||1,480,000
TB:7|安装、编程及调试服务|1项|126,000|126,000
TB:8|培训服务|1项|18,000|18,000
TB:|合同总价|||1,624,000
P:2.2 合同总价为人民币壹佰陆拾贰万肆仟元整（¥1,624,000），为固定总价，包含设备、软件、运输、保险、安装、调试、培训及税费。
H:第三条 付款方式
P:3.1 合同生效后十个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 全部设备到货并安装完成后，甲方支付合同总价的45%。到货及安装完成不代表设备质量验收合格。
P:3.3 六条生产线全部通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方应在每笔付款前开具合规的增值税专用发票。
H:第四条 交货与工期
P:4.1 乙方应在合同生效后四十五日内将全部设备运抵甲方厂区，并在合同生效后九十日内完成六条生产线的改造和联动调试。
P:4.2 设备到货时双方共同开箱清点，核对型号、数量及出厂合格证，清点记录不作为质量验收依据。
P:4.3 乙方应随设备免费提供一套随机备品备件清单所列备件，并在质保期内保证常用备件库存，确保故障时能及时更换。
H:第五条 验收
P:5.1 每条生产线改造完成后连续试生产七日，满足以下条件的视为该线验收合格：吸塑温度控制偏差不超过±2℃；固化炉温度曲线与配方设定一致；产线节拍不低于改造前水平；试生产期间无因控制系统导致的停线；配方下发与生产数据采集准确无误。
P:5.2 六条生产线全部单线验收合格后，双方签署最终验收报告。设备安装、通电运行或甲方试生产均不视为验收合格。
P:5.3 验收不合格的，乙方应在十日内整改并重新组织验收，由此产生的费用由乙方承担。
P:5.4 最终验收前，乙方应向甲方移交电气原理图、接线图、PLC及HMI源程序、软件安装介质与授权文件、设备说明书、合格证及操作维护手册，并提供纸质版和电子版各一套。
H:第六条 质量保证与维保
P:6.1 质保期为最终验收合格之日起十八个月。质保期内设备及软件出现故障的，乙方免费维修或更换，并免费提供软件升级。
P:6.2 质保期满后，乙方继续提供设备及软件维保服务，年度维保费为软硬件小计的26%，即每年人民币384,800元，按年支付，该费用在质保期满后五年内保持不变。
P:6.3 维保服务内容包括：每季度一次现场巡检、备品备件更换、软件补丁及版本升级、远程技术支持和年度设备健康评估报告。维保期间更换的备件费用已包含在年度维保费中。
P:6.4 一级故障（整线停机）乙方应在1小时内响应，8小时内恢复生产；二级故障（单台设备故障）2小时内响应，次日内修复。乙方每迟延响应一小时，向甲方支付人民币800元。
H:第七条 知识产权
P:7.1 乙方为本项目编写的PLC程序、HMI画面、配方模板及接口程序的知识产权归甲方所有，乙方应在验收时交付全部源程序及注释，甲方可自行修改和使用。
P:7.2 产线监控与配方管理软件的著作权归乙方所有，甲方享有永久使用许可。
H:第八条 数据安全
P:8.1 甲方的生产数据、配方参数、工艺文件均属于甲方所有，乙方仅可为履行本合同使用，不得复制、留存或向第三方提供。
P:8.2 乙方远程维护须经甲方逐次批准，通过甲方指定的VPN账号登录并留存操作日志，不得在甲方工控网络中安装与本项目无关的软件。
P:8.3 因乙方原因造成甲方数据泄露、丢失或工控系统被入侵的，乙方应在2小时内通知甲方，并承担全部赔偿责任。
H:第九条 保密
P:双方对在履行本合同过程中知悉的对方技术信息和经营信息负有保密义务，未经对方书面同意不得向第三方披露，保密期限至本合同终止后三年。
H:第十条 违约责任
P:10.1 乙方逾期完成改造的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:10.2 因乙方原因导致生产线停产的，乙方应赔偿甲方由此造成的直接损失。
P:10.3 甲方逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。
H:第十一条 分包
P:乙方不得将本合同项下的安装调试工作分包给第三方。确需分包电缆敷设等辅助工作的，应事先取得甲方书面同意，乙方对分包方的工作承担全部责任。
H:第十二条 合同解除
P:乙方严重违约，经甲方书面通知后十五日内仍未纠正的，甲方有权解除本合同，要求乙方退还已收款项并赔偿损失。乙方逾期完成改造超过四十五日的，甲方亦有权解除本合同；已经验收合格并投入生产的生产线，双方按实际完成的工作量结算。
H:第十三条 甲方义务
P:甲方应按实施方案提供停线窗口、施工用电、临时存放场地和必要的工艺资料，并指定项目联系人。因甲方未按约定提供停线窗口导致工期延误的，工期相应顺延。
H:第十四条 安全生产
P:乙方人员进入甲方厂区应遵守甲方安全生产管理制度，持证上岗，高处及带电作业须办理作业许可。乙方人员在施工中发生的人身伤害由乙方负责。
H:第十五条 不可抗力
P:因不可抗力不能履行本合同的，受影响一方应及时通知对方并提供证明，根据不可抗力的影响部分或全部免除责任。
H:第十六条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交佛山仲裁委员会仲裁。
H:第十七条 其他
P:本合同附件包括改造实施方案、设备技术参数表和培训计划，附件与本合同具有同等效力。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：佛山市澜庭卫浴制造有限公司    乙方（盖章）：广州智控自动化工程有限公司
"""

H892Z03 = """预约及会员管理SaaS服务合同

合同编号：SLFD-IT-2026-021
甲方：海南深蓝自由潜运动管理有限公司
乙方：杭州约课云科技有限公司

甲方在全国经营三十家自由潜培训门店，拟采用乙方的预约及会员管理SaaS服务，统一管理课程预约、教练排班、会员卡、泳池及潜水池资源和线上支付。双方依据《中华人民共和国民法典》等法律法规，经协商一致，订立本合同。

一、服务内容
（一）乙方向甲方及其全部门店提供“约课云”预约及会员管理SaaS服务，包括课程及教练排班、会员储值与次卡、泳池时段预约、AIDA及PADI证书课程进度管理、电子免责声明签署、微信小程序预约和经营报表。
（二）乙方负责实施服务：历史会员及课程数据迁移、门店及教练账号配置、小程序上线、与甲方财务系统的对账接口开发、门店店长及前台培训。
（三）服务期为两个服务年度。第一个服务年度自全部门店上线验收合格之日起计算，至次年对应日的前一日止；第二个服务年度依次类推。
（四）服务期内乙方免费提供平台的功能升级、安全补丁、在线客服及工作日远程技术支持，升级不得降低已有功能或改变甲方数据的存储地点。

二、服务费用与支付
（一）服务费按门店数量计算，每家门店每个服务年度人民币9,800元，三十家门店每个服务年度合计人民币294,000元，两个服务年度合计人民币588,000元。
（二）实施费为人民币68,000元，一次性支付。
（三）本合同总价为人民币656,000元（含税）。
（四）实施费在全部门店上线验收合格后十五个工作日内支付。服务费按季度于每季度结束后十个工作日内支付，每季度人民币73,500元。本合同不设预付款。
（五）服务期内新增门店的，按每家门店每个服务年度9,800元的单价按月折算计费，减少门店的相应核减。

三、实施与上线验收
（一）乙方应在合同签订后四十五日内完成全部门店的配置、数据迁移和上线。
（二）上线验收标准：1. 历史会员、余额及剩余课时迁移后与甲方提供的数据逐条核对一致；2. 小程序预约、支付、退款及电子免责声明签署流程测试通过；3. 对账接口连续十日与甲方财务系统核对无差异；4. 各门店店长及前台完成培训并通过操作考核。
（三）甲方在收到乙方上线验收申请后七个工作日内组织验收，验收合格的双方签署上线验收单；门店开始试用不视为验收合格。
（四）乙方可按区域分三批上线门店，但每批上线前应提交切换方案，切换期间不得影响门店当日课程预约和会员到店核销。

四、服务水平
（一）乙方保证系统每月可用率不低于99.5%，计划内维护须安排在22:00至次日6:00之间，并提前两个工作日通知甲方。
（二）故障分级及响应：1. 一级故障（系统无法登录、预约或支付功能中断）1小时内响应，3小时内恢复；2. 二级故障（部分功能异常）2小时内响应，当日解决；3. 三级故障（咨询或优化类问题）下一个工作日内答复。
（三）月度可用率低于承诺值的，每低出0.5个百分点，乙方按当季服务费的5%向甲方提供服务抵扣，单季抵扣上限为当季服务费的一半；一级故障响应超时的，每次抵扣人民币1,000元。
（四）乙方应于每月前五个工作日内向甲方提交上月服务报告，内容包括可用率统计、故障清单及处理情况、门店使用情况和改进建议。服务抵扣金额在当季服务费中直接扣减。

五、数据安全与数据归属
（一）甲方会员的姓名、联系方式、健康声明、潜水证书、课程及交易记录等数据均属于甲方所有。乙方仅为提供本合同服务处理上述数据，不得用于其他目的，不得向任何第三方提供或出售。
（二）乙方应将数据存储于中国境内的云服务器，采取加密存储、传输加密、访问权限控制和操作日志审计等措施，每日备份并保留最近三十日的备份。
（三）发生数据泄露或安全事件的，乙方应在2小时内通知甲方，并配合甲方处置；因乙方原因造成损失的，由乙方承担赔偿责任。
（四）合同终止后十五日内，乙方应向甲方完整导出全部数据，并在甲方确认后删除其保存的数据。

六、知识产权
（一）约课云平台的知识产权归乙方所有。
（二）乙方为甲方开发的对账接口、报表模板及甲方门店的配置成果归甲方所有，甲方可自行或委托第三方修改使用。
（三）对账接口的源代码及接口说明文档应在上线验收时一并移交甲方，乙方保证其交付成果不侵犯任何第三方的合法权益。

七、保密
双方对在合作中获知的对方商业秘密及未公开信息承担保密义务，未经对方书面同意不得披露，保密义务在合同终止后三年内有效。

八、分包
乙方可将门店现场实施、培训等工作委托当地合作伙伴完成，但应提前五个工作日书面通知甲方，并对合作伙伴的行为承担责任。合作伙伴应具备相应的实施能力，并遵守本合同第五条、第七条关于数据安全和保密的约定。

九、违约责任
（一）乙方未按约定时间完成上线的，每逾期一日向甲方支付违约金人民币500元。
（二）乙方在本合同项下的赔偿责任总额以本合同总价的200%为限，但数据泄露及故意或重大过失造成的损失不受此限。
（三）乙方违反本合同第五条约定使用或泄露甲方数据的，除赔偿甲方损失外，甲方有权解除合同。
（四）甲方逾期支付服务费的，每逾期一日按应付金额的万分之三支付违约金。

十、合同期限与解除
（一）本合同自双方签字盖章之日起生效，至第二个服务年度届满之日终止。期满前两个月，双方可协商续约事宜，续约价格另行商定。
（二）一方严重违约，经另一方书面通知后十五日内未予纠正的，守约方有权解除本合同。
（三）因乙方原因导致系统连续中断超过四十八小时的，甲方有权解除本合同，并要求乙方退还已付未使用期间的服务费。

十一、争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方应协商解决；协商不成的，任何一方均可向甲方住所地人民法院提起诉讼。

十二、甲方义务
（一）甲方应指定总部项目负责人及各门店联系人，按乙方要求提供历史数据、门店信息和课程价目表，并对数据的真实性负责。
（二）甲方应妥善保管管理员账号及密码，因甲方人员泄露账号造成的损失由甲方自行承担。
（三）甲方应按约定支付费用，并在门店开展业务时遵守乙方公布的平台使用规范。

十三、服务变更与通知
（一）甲方需要新增功能或定制开发的，双方另行协商工作量和费用，并以书面补充协议确认。
（二）乙方调整平台主要功能或服务方式的，应提前三十日书面通知甲方，调整不得降低本合同约定的服务水平。
（三）本合同项下的通知以书面方式送达双方首页所列地址或电子邮箱，电子邮件发出即视为送达。

十四、不可抗力
因不可抗力或基础电信运营商大范围网络故障导致服务中断的，乙方应及时通知甲方并尽力恢复，该期间不计入不可用时间，但乙方应提供书面说明。

十五、其他
本合同附件为《门店清单》《服务水平说明》《数据迁移方案》，与本合同具有同等效力。本合同一式两份，双方各执一份，具有同等法律效力。

甲方（盖章）：海南深蓝自由潜运动管理有限公司
乙方（盖章）：杭州约课云科技有限公司
日期：2026年  月  日
"""

H892Z04 = """清河县应急广播预警系统年度运维服务合同

项目名称：清河县公共广播预警系统2027年度运行维护服务
采购方式：竞争性磋商（项目编号：QHCG-2026-C087）
甲方（采购人）：清河县应急管理局
乙方（成交供应商）：河北广联应急通信技术有限公司

根据《中华人民共和国政府采购法》《中华人民共和国民法典》、本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就清河县公共广播预警系统年度运行维护服务达成一致，订立本合同。

第一条 服务范围
（一）运维对象：县级预警广播播发平台一套（含服务器、播控软件、数据库及与省级预警信息发布系统的接口）、乡镇广播站十二个、村级及重点区域室外高音广播终端四百六十八个、无线调频发射设备及相应的电源、避雷和传输线路。
（二）服务内容：日常监测与巡检、故障维修、汛前及汛期专项保障、平台软件维护与安全加固、终端设备清洁调试、运维台账管理、应急演练技术保障和值守人员培训。
（三）服务期限：自2027年1月1日起至2027年12月31日止。服务期满后，本合同自然终止，下一年度的运维服务由甲方依法重新采购。
（四）服务地点：清河县行政区域内全部预警广播设施所在地及县应急指挥中心机房。

第二条 服务价款与支付
（一）本合同总价为人民币肆拾叁万捌仟元整（¥438,000），包括人工、交通、常用备品备件、检测仪器及税费。单件价格超过人民币2,000元的主要设备更换，由乙方报价、甲方书面确认后另行支付，更换的设备应为原品牌同型号或经甲方认可的兼容型号。
（二）服务费按季度支付，每季度人民币109,500元。乙方于每季度结束后提交季度运维报告和发票，经甲方季度考核合格后十五个工作日内支付。甲方不支付预付款。
（三）甲方付款资金为财政资金，付款时间以财政国库集中支付审批为准。

第三条 服务要求
（一）乙方应设立不少于六人的驻县运维团队，其中项目负责人一名、平台工程师一名、外线维护人员四名，人员名单须报甲方备案，更换人员须经甲方同意。
（二）乙方应通过播发平台每日检查全部终端的在线状态，每月对全县终端进行一次远程试播，每季度完成一次全部室外终端的现场巡检，并填写巡检记录。
（三）每年5月31日前，乙方应完成汛前全面检测，对全部终端的供电、防雷、音质和覆盖效果逐一检测，形成检测报告报甲方。
（四）汛期及甲方启动应急响应期间，乙方应安排专人二十四小时值守，确保预警信息发布畅通。
（五）甲方组织应急演练或开展防灾减灾宣传活动的，乙方应提前完成相关终端的检查和试播，并派技术人员现场保障。
（六）乙方每半年对乡镇广播站值守人员开展一次操作培训，内容包括播发流程、日常检查和简单故障排除，培训记录报甲方备案。

第四条 故障处理
（一）一级故障（县级播发平台瘫痪或全县预警信息无法播发）：乙方应在30分钟内响应，2小时内到达现场，6小时内恢复播发能力。
（二）二级故障（单个乡镇或十个以上终端无法播发）：1小时内响应，当日到达现场，二十四小时内修复。
（三）三级故障（个别终端故障）：两个工作日内修复。
（四）乙方响应或修复超过上述时限的，应在三个工作日内向甲方提交书面情况说明及整改措施，并在季度运维报告中列明。
（五）每次故障处理完毕后，乙方应在运维台账中记录故障现象、原因、处理过程、更换部件和恢复时间，并由乡镇联系人或甲方值班人员签字确认。

第五条 考核与验收
（一）甲方每季度按照磋商文件所附考核细则对乙方进行考核，考核内容包括巡检完成情况、故障处理记录、运维台账完整性、汛期值守记录和用户满意度，考核得分八十分以上为合格。
（二）考核不合格的，乙方应在十日内整改，整改合格后甲方支付当季服务费。
（三）服务期满后，甲方根据四个季度的考核结果、年度运维总结报告和设备完好情况进行年度验收，并出具书面验收意见。
（四）年度验收时，全县终端应能够正常播发，播发平台与省级预警信息发布系统对接正常，运维资料齐全，方可视为年度验收合格。

第六条 数据安全
（一）播发平台中的预警信息、播发记录、终端位置信息及账号数据属于甲方所有，乙方仅可为履行本合同使用，不得向任何第三方提供。
（二）乙方应严格执行播发授权管理，任何预警信息的发布须经甲方授权人员审核；乙方不得擅自通过平台播发任何内容。
（三）乙方应对播发平台定期进行漏洞扫描和安全加固，远程维护须经甲方批准并留存日志。因乙方原因导致平台被入侵、信息被篡改或误播的，乙方应立即报告甲方，并承担由此产生的全部责任。

第七条 保密
乙方对履行本合同过程中知悉的应急预案、系统配置、终端分布及甲方其他工作信息负有保密义务，未经甲方书面同意不得向外界透露，保密义务不因本合同终止而解除。

第八条 运维成果
乙方在服务期间形成的巡检记录、检测报告、运维台账、设备档案及平台配置脚本均归甲方所有，服务期满时应完整移交甲方。

第九条 违约责任
（一）乙方未按第三条第（三）项按期完成汛前全面检测的，每逾期一日按合同总价的千分之一向甲方支付违约金。
（二）乙方人员违反操作规程造成设备损坏的，应负责修复或照价赔偿。
（三）因乙方原因导致预警信息未能按时发布或发生误播，造成人身或财产损失的，乙方依法承担赔偿责任。
（四）甲方无正当理由逾期付款的，应向乙方支付同期贷款市场报价利率计算的利息。

第十条 分包
乙方不得将本合同项下的服务转包或分包给他人。高空作业车辆、检测仪器等设备可以租用，但相关作业须由乙方人员完成，乙方对作业安全负全部责任。

第十一条 合同的变更与解除
（一）本合同履行期间，双方均不得单方变更或解除本合同。确需变更的，双方协商一致后签订书面补充协议。
（二）因不可抗力致使本合同无法履行的，受影响一方应及时通知对方，双方协商处理。

第十二条 甲方义务
（一）甲方应向乙方提供系统设备清单、网络拓扑、原有运维资料及必要的工作场所。
（二）甲方应协调各乡镇人民政府配合乙方开展终端巡检和维修，并为乙方进入机房和播发平台提供授权。
（三）甲方发现系统故障的，应及时通知乙方，并配合乙方进行故障确认。

第十三条 备品备件
（一）乙方应在县城设立备件库，常用备件包括功放模块、扬声器、电源模块、调频接收模块和避雷器，库存数量不少于终端总数的百分之三。
（二）更换下来的旧设备归甲方所有，乙方应登记造册后交还甲方。

第十四条 服务交接
服务期满或合同终止时，乙方应在十日内向甲方或甲方指定的新服务单位移交全部运维资料、账号权限和备件清单，并配合完成交接，交接期间不得中断值守。

第十五条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生争议的，双方协商解决；协商不成的，依法向清河县人民法院提起诉讼。

第十六条 其他
本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。磋商文件、响应文件及成交通知书为本合同的组成部分。

甲方（盖章）：清河县应急管理局
乙方（盖章）：河北广联应急通信技术有限公司
签订日期：2026年  月  日
"""

H892Z05 = """# 匠链工序追踪系统 软件许可及定制开发合同

（宁波匠链软件有限公司标准合同文本 V3.0）

合同编号：JL-HT-2026-1108

甲方（用户）：苏州拾纸文化创意工作室

乙方（开发方）：宁波匠链软件有限公司

甲方为管理纸扎手工艺品的订单、选材、裁剪、扎架、糊裱、彩绘及包装发货等工序，向乙方采购“匠链工序追踪系统”软件许可并委托乙方进行定制开发。双方经协商一致，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供匠链工序追踪系统标准版软件许可一套，授权用户数为四十个，授权工位终端二十台。

1.2 乙方按双方确认的需求清单进行定制开发，主要包括：纸扎作品工序模板、手工艺人计件工资统计、定制订单进度查询小程序、原材料（竹篾、彩纸、绢布）库存预警及与甲方网店订单系统的对接。

1.3 乙方负责系统安装部署、基础数据导入及操作培训。培训为现场集中培训两次，每次半天，培训对象为甲方管理人员及各工序班组长。

1.4 软件许可仅限甲方在其苏州工作室及仓库范围内使用，甲方增加用户数或终端数的，应按乙方届时报价另行购买授权。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 匠链工序追踪系统标准版软件许可（永久） | 98,000 |
| 2 | 定制开发费 | 126,000 |
| 3 | 安装部署及培训费 | 16,000 |
| | 合计 | 240,000 |

合同总价为人民币贰拾肆万元整（¥240,000），含增值税。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即人民币156,000元，乙方收到该款项后启动开发。

3.2 系统上线运行后五个工作日内，甲方支付合同总价的35%，即人民币84,000元。

3.3 甲方逾期付款的，每逾期一日应按逾期金额的千分之一向乙方支付违约金；逾期超过二十日的，乙方有权暂停服务及停止授权。

## 第四条 开发与交付

4.1 乙方在收到首付款后六十个工作日内完成定制开发并部署上线。因甲方需求变更、资料提供不及时或配合不到位造成延期的，交付时间相应顺延。乙方将每两周向甲方通报一次开发进度，并在上线前安排一次功能演示，由甲方确认界面及操作流程。

4.2 定制开发以需求清单为准，需求清单以外的新增功能另行收费，费用按乙方人天单价计算。

4.3 乙方交付的内容为可运行的系统、安装部署记录及用户操作手册电子版。定制开发的源代码不属于交付范围。

4.4 甲方应自行准备服务器或云主机、工位终端、扫码枪及网络环境，并保证其符合乙方提出的配置要求。

## 第五条 上线与验收

5.1 系统安装部署完成并上线运行后，即视为甲方验收合格。

5.2 甲方在上线后发现的问题，按第六条维护服务处理，不影响验收结论及付款。

5.3 甲方应在系统上线后开始使用系统；甲方无正当理由拖延上线的，自乙方通知可上线之日起满十日即视为已上线运行。

## 第六条 免费维护期及维护服务

6.1 乙方提供自系统上线之日起六个月的免费维护期，免费维护期内乙方负责修复软件缺陷并提供操作咨询。

6.2 乙方在工作日通过电话、微信群及远程方式提供技术支持，乙方将尽合理努力及时处理甲方提出的问题。

6.3 免费维护期满后，甲方如需继续获得维护服务，应签订年度维护协议，年度维护费按乙方当年公布的维护服务价格标准执行。

6.4 年度维护协议期满前，甲方未书面提出不续约的，协议自动续期一年；乙方可根据人工及运营成本变化调整续期年度的维护费，调整后的价格以乙方通知为准。

6.5 维护服务内容包括软件缺陷修复、标准版本升级和远程操作指导。现场服务、数据修复、因甲方操作不当产生的问题处理以及与新增第三方系统的对接，不属于维护服务范围，乙方另行收费。

6.6 甲方未签订年度维护协议或维护协议到期未续费的，乙方不再提供任何技术支持及版本升级，由此造成的系统问题由甲方自行承担。

## 第七条 知识产权

7.1 匠链工序追踪系统标准版及其全部版本的知识产权归乙方所有。

7.2 乙方为甲方定制开发的功能模块、工序模板、小程序及接口程序，其著作权及其他知识产权均归乙方所有。甲方在本合同有效期内享有非独占的使用权，不得修改、反编译、复制或提供给第三方使用。

7.3 乙方有权将定制开发成果纳入其标准产品，向其他客户提供。

## 第八条 数据

8.1 甲方在系统中录入的订单、客户、作品图片、工艺参数及手工艺人信息归甲方所有。

8.2 乙方对其托管的数据采取访问权限控制、加密存储和每日备份措施；因乙方原因造成甲方数据泄露或丢失的，乙方应及时通知甲方，协助恢复数据并承担相应的赔偿责任。因甲方自备服务器、网络或账号管理原因造成的数据问题，乙方不承担责任。

8.3 甲方同意，乙方可以在去除客户姓名及联系方式后，使用甲方的工艺参数、工时及订单数据用于产品改进、行业工时基准分析及向其他客户提供的统计报告。

8.4 本合同终止后，甲方可在三十日内申请导出其数据，乙方按标准格式提供一次免费导出；逾期未申请的，乙方有权删除相关数据。

## 第九条 保密

双方对在合作过程中知悉的对方技术资料、经营信息负有保密义务，未经对方同意不得向第三方披露，保密期限为本合同终止后两年。甲方不得向第三方透露乙方的报价、产品资料及系统界面设计。本条不限制乙方依据第7.3款及第8.3款使用相关成果和数据。

## 第十条 违约与解除

10.1 任何一方违反本合同约定的，应承担继续履行、采取补救措施等违约责任。

10.2 甲方未按约定付款的，乙方有权暂停开发、维护及授权服务，乙方的交付期限相应顺延。

10.3 一方严重违约，经另一方书面催告后三十日内仍未改正的，另一方有权书面通知解除本合同。本合同解除后，乙方已收取的款项不予退还，但乙方严重违约的除外。

## 第十一条 甲方义务

11.1 甲方应指定专人负责需求确认、数据整理和验收配合，并在乙方提出要求后三个工作日内给予答复。

11.2 甲方应按乙方提供的模板整理历史订单、作品及物料数据，并对数据的准确性负责。

11.3 甲方不得将账号转借他人，不得利用系统从事违法活动。

11.4 甲方应妥善保管系统管理员账号及密码，定期修改密码；因甲方人员操作失误删除或修改数据的，由甲方自行承担后果。

## 第十二条 不可抗力与免责

12.1 因不可抗力、网络运营商故障、甲方自备设备故障或第三方网店平台接口变更导致系统无法正常使用的，乙方不承担责任。

12.2 乙方不对甲方的利润损失、订单损失、商誉损失等间接损失承担责任。

## 第十三条 通知

双方的通知可通过本合同所列联系人的电子邮件或微信发送，发送即视为送达。

## 第十四条 争议解决

因本合同发生的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十五条 其他

本合同一式两份，双方各执一份，自双方签字盖章之日起生效。本合同的附件为需求清单和报价单，附件与本合同具有同等效力。

甲方（盖章）：苏州拾纸文化创意工作室

乙方（盖章）：宁波匠链软件有限公司

日期：2026年  月  日
"""

H892E01 = """T:Software Licence and Services Agreement
P:Agreement No. VV-CN-2026-014
P:This Agreement is made between Foshan Jinyao Ceramics Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Nanhai District, Foshan, Guangdong (the "Buyer"), and Valtellina Vision S.r.l., a company incorporated in Italy with its registered office at Via Vittorio Veneto 21, 23100 Sondrio, Italy (the "Vendor").
P:The Buyer operates four glazing and kiln lines for porcelain floor tiles and wishes to replace manual surface inspection with automated optical inspection. The Vendor develops the CeraScan surface-inspection software. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the CeraScan Inspection Suite, version 7, in object code, including the defect classifier, the line dashboard and the reporting module, and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the defect libraries trained on the Buyer's tile series, the interfaces to the Buyer's MES and sorting machines, the configuration files and any report templates developed for the Buyer under this Agreement.
P:1.3 "Final Acceptance" means the Buyer's signed Final Acceptance Certificate issued under Article 5.
P:1.4 "Buyer Data" means images, measurements, production records and any other data generated at the Buyer's plant or supplied by the Buyer.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, irrevocable, non-exclusive licence to install and use the Software on the four inspection stations and one central server at the Buyer's Foshan plant, and on one test server, for the Buyer's own business.
P:2.2 The Vendor shall provide the implementation services: site survey, installation and calibration of the Software on the camera stations supplied by the Buyer, training of the defect classifier on the Buyer's current tile series, development of the MES and sorting-machine interfaces, and go-live support.
P:2.3 The Vendor shall train the Buyer's quality engineers and line operators in two on-site sessions in Foshan and provide the administrator and operator manuals in English and Chinese.
P:2.4 The Buyer shall provide the camera stations, lighting, server hardware, network access and a team of quality engineers to label sample images.
H:Article 3 Price
P:3.1 The total price of this Agreement is CNY 1,718,000, made up of: Software licence fee CNY 1,260,000; implementation services CNY 420,000; training CNY 38,000.
P:3.2 The price is fixed, includes all travel and living expenses of the Vendor's staff, and is stated inclusive of applicable PRC taxes. Withholding taxes, if any, shall be handled under the applicable double taxation agreement, and the Buyer shall provide the relevant certificates.
H:Article 4 Payment
P:4.1 25% of the total price within 20 days after signature of this Agreement, against the Vendor's invoice.
P:4.2 50% of the total price within 20 days after the Installation Certificate is signed. The Installation Certificate confirms that the Software is installed on all stations; it is not acceptance.
P:4.3 25% of the total price within 20 days after Final Acceptance.
P:4.4 Payments are made by bank transfer in CNY to the Vendor's account stated in its invoice.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation within 70 days and submit the system for Final Acceptance within 150 days after signature.
P:5.2 Acceptance tests are run on all four lines in production for 20 consecutive working days. Final Acceptance requires that: (a) the detection rate for the defect classes listed in the Technical Specification is at least 98.5% on the Buyer's reference sample set; (b) the false-reject rate does not exceed 0.8%; (c) the inspection cycle keeps pace with the fastest line speed; (d) the MES and sorting interfaces transfer every grade decision without loss; and (e) no Severity 1 incident occurs during the last ten working days of the test.
P:5.3 Installation, go-live, production use or any payment does not constitute acceptance. If a test fails, the Vendor shall remedy the defects within 15 days and the test is repeated.
P:5.4 The Buyer shall sign the Final Acceptance Certificate within 7 working days after the criteria in Article 5.2 are met.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with the Technical Specification for 18 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply all updates and new releases, and provide remote and on-site support free of charge.
P:6.2 Incidents are classified by the Buyer. Severity 1 means an inspection line cannot grade tiles or the central server is down; Severity 2 means a function is degraded; Severity 3 means a minor issue or a question.
P:6.3 The Vendor shall respond to a Severity 1 incident within 1 hour, 24 hours a day, and restore operation within 8 hours, travelling to site if remote work does not succeed. Severity 2 incidents are answered within 2 hours and resolved within 3 working days; Severity 3 incidents within 2 working days.
P:6.4 For each hour by which a Severity 1 response or restoration is late, the Vendor shall pay the Buyer CNY 1,000, which the Buyer may deduct from any amount due.
P:6.5 After the Warranty Period, the Vendor shall offer annual support on the same terms at a fee of 11% of the Software licence fee, that is CNY 138,600 per year. This fee is fixed for the first three support years. Each support year is ordered separately by the Buyer; there is no automatic renewal.
H:Article 7 Intellectual Property
P:7.1 The Software and all intellectual property in it remain the property of the Vendor and its licensors.
P:7.2 All intellectual property in the Custom Deliverables belongs to the Buyer upon creation. The Vendor shall deliver their source files and documentation at Final Acceptance. The Buyer may use, modify and license the Custom Deliverables freely, including through third parties.
P:7.3 The Vendor shall indemnify the Buyer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 8 Buyer Data and Data Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor may use Buyer Data only to perform this Agreement and shall not use it for any other purpose, including the training of models for other customers.
P:8.2 Buyer Data shall stay on the Buyer's servers in China. Remote access by the Vendor is allowed only through the Buyer's VPN, approved by the Buyer for each session, using named accounts with multi-factor authentication, and all sessions are logged. The Vendor shall not copy Buyer Data to any system outside the Buyer's plant, and shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law.
P:8.3 The Vendor shall notify the Buyer within 12 hours after becoming aware of any unauthorised access to, or loss or alteration of, Buyer Data, shall take all steps needed to contain it, and shall bear full liability for any loss caused by its breach of this Article.
H:Article 9 Confidentiality
P:Each party shall keep confidential all non-public information received from the other party under this Agreement, including the Buyer's product formulas, defect statistics and production data, and shall use it only for this Agreement. This obligation survives for five years after the end of this Agreement.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to submit the system for Final Acceptance by the date in Article 5.1, it shall pay liquidated damages of 0.08% of the total price for each day of delay, up to 8% of the total price.
P:10.2 The Vendor's total liability under this Agreement is limited to 150% of the total price. This limit does not apply to liability for breach of Articles 8 and 9, infringement under Article 7.3, personal injury, or wilful misconduct.
P:10.3 Neither party is liable for loss of profit or other indirect loss, except in the cases excluded from the limit in Article 10.2.
H:Article 11 Subcontracting
P:The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor as for its own.
H:Article 12 Termination
P:12.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 20 days after notice, or if the liquidated damages under Article 10.1 reach their maximum.
P:12.2 On termination for the Vendor's breach, the Vendor shall refund the amounts paid for the undelivered parts, and the licence granted under Article 2.1 remains in force for any part that has been paid.
H:Article 13 Force Majeure
P:Neither party is liable for a delay caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to limit the effect. If such an event lasts more than 60 days, either party may terminate the affected part of this Agreement.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of Italy, excluding the United Nations Convention on Contracts for the International Sale of Goods.
P:14.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the exclusive jurisdiction of the Court of Sondrio, Italy.
H:Article 15 General
P:15.1 This Agreement, with its Technical Specification and Implementation Plan as annexes, is the entire agreement between the parties on its subject matter. Any amendment must be in writing and signed by both parties.
P:15.2 This Agreement is made in English in two originals, one for each party, and takes effect on signature by both parties.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

H892E02 = """# ORDER FORM AND GENERAL TERMS — RUTAFRÍA COLD-CHAIN ROUTING PLATFORM

Order Form No. MRS-OF-2026-0093

## PART A — ORDER FORM

### A1. Parties

**Provider:** Miño Route Systems S.L., Rúa do Paseo 34, 32005 Ourense, Spain.

**Customer:** Chengdu Xueyu Cold Chain Logistics Co., Ltd., Shuangliu District, Chengdu, Sichuan, People's Republic of China.

### A2. Subscribed Services

The RutaFría cloud platform for route planning, dispatch and temperature tracking of refrigerated vehicles, as described in the Service Description, for up to 260 vehicles, 45 named dispatcher users and unlimited driver app users, hosted in the Alibaba Cloud Chengdu region.

Onboarding services: import of the Customer's customer sites, delivery windows and vehicle master data; integration with the Customer's transport management system and its two temperature-logger gateways; configuration of route rules for frozen, chilled and pharmaceutical loads; and training of dispatchers.

### A3. Subscription Term

Two Subscription Years starting on the date of Go-Live Acceptance (the "Subscription Start Date"). Each Subscription Year runs for one year from the Subscription Start Date or its anniversary.

### A4. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription Year 1 | 260 vehicles, 45 dispatcher users | 286,000 |
| Subscription Year 2 | 260 vehicles, 45 dispatcher users | 286,000 |
| Onboarding services | fixed price | 54,000 |
| Total fees for the Subscription Term | | 626,000 |

All fees are in CNY and include VAT. Subscription fees are fixed for the Subscription Term. Additional vehicles may be added at CNY 1,100 per vehicle per Subscription Year, pro rata.

### A5. Invoicing and Payment

(a) Subscription fees are invoiced quarterly in arrears, CNY 71,500 per quarter, at the end of each quarter of a Subscription Year.

(b) Onboarding fees are invoiced after Go-Live Acceptance.

(c) The Customer pays each undisputed invoice within 30 days of receipt. No amount is payable before Go-Live Acceptance.

### A6. Go-Live Date and Contacts

Target Go-Live Acceptance: within 75 days after signature of this Order Form. Provider's project manager: Ms. Lucía Fernández Otero. Customer's project manager: Mr. Zhang Wei, Head of Dispatch IT.

This Order Form and the General Terms in Part B form one agreement (the "Agreement"). If they conflict, Part A prevails.

## PART B — GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data entered into or generated by the Services for the Customer, including customer addresses, delivery records, vehicle positions, driver data and temperature readings.

1.2 "Services" means the subscribed cloud platform, the driver app and the onboarding services in Part A.

1.3 "Aggregated Data" means data derived from the use of the Services by the Customer and other customers, from which the identity of the Customer, its customers and its drivers cannot be recognised.

### 2. Provision of the Services

2.1 The Provider shall provide the Services in accordance with the Service Description and this Agreement, with qualified staff and with the care of an experienced provider of cloud logistics software.

2.2 The Provider may improve the Services during the Subscription Term, provided that no change materially reduces the functions or the security of the Services.

2.3 The Customer shall use the Services only for its own logistics operations and is responsible for the accounts of its users.

### 3. Onboarding and Go-Live Acceptance

3.1 The Provider shall perform the onboarding services under the project plan agreed within ten days after signature.

3.2 Go-Live Acceptance requires that: (a) the imported master data are reconciled with the Customer's source lists without differences; (b) routes for the Customer's reference day of 1,850 stops are computed within 6 minutes and respect all delivery windows and load-temperature rules; (c) the transport management system interface transfers orders and proof-of-delivery records for 10 consecutive working days without loss; and (d) temperature alarms from both logger gateways reach the dispatcher screen within 60 seconds in a witnessed test.

3.3 The Customer shall confirm Go-Live Acceptance in writing within 5 working days after the criteria are met, or state the failed criteria. Use of the Services for live dispatch before that confirmation is not acceptance.

3.4 If Go-Live Acceptance is not reached by the target date in A6 for reasons attributable to the Provider, the Provider shall pay CNY 400 for each day of delay, up to CNY 30,000 in total.

### 4. Service Levels

4.1 The Provider shall make the platform available at least 99.95% of each calendar month, measured at the Provider's monitoring endpoint and excluding scheduled maintenance announced five days in advance and performed between 01:00 and 05:00 China Standard Time.

4.2 The Customer may report incidents 24/7 by hotline or portal. Priority 1 (dispatch or tracking unavailable for all users) is responded to within 30 minutes and worked on continuously until resolved; Priority 2 within 2 hours; Priority 3 on the next business day.

4.3 If monthly availability falls below the level in 4.1, the Provider shall credit 5% of the monthly share of the annual subscription fee for each started 0.1 percentage point of shortfall. Each late Priority 1 response earns a credit of CNY 800. Credits are deducted from the next invoice.

4.4 The Provider shall send the Customer a monthly service report showing measured availability, all Priority 1 and Priority 2 incidents with their response and resolution times, and the credits due.

4.5 During the Subscription Term the Provider shall give the Customer's dispatchers support in Chinese by hotline and portal, deliver release notes for each new version at least seven days before deployment, and hold a review meeting with the Customer once every quarter.

### 5. Customer Data and Data Security

5.1 As between the parties, Customer Data belongs to the Customer. The Provider processes Customer Data only to provide the Services and on the Customer's instructions.

5.2 The Provider may create Aggregated Data from Customer Data and use it, during and after the Subscription Term, to improve and develop its products, to train its routing algorithms and to publish benchmark reports on cold-chain delivery performance.

5.3 Customer Data is stored and processed in mainland China only. The Provider shall maintain the security measures in the Security Annex, including encryption in transit and at rest, role-based access, multi-factor authentication for its administrators, logging of all administrative access and daily backups kept for 35 days. The Provider holds an ISO 27001 certificate and an MLPS level-3 filing for the platform and shall keep both valid.

5.4 The Provider shall notify the Customer of any security incident affecting Customer Data within 12 hours, cooperate in its investigation and notification to authorities, and bear the costs and losses caused by its breach of this Section 5.

5.5 Within 30 days after the end of the Agreement, the Provider shall return all Customer Data in CSV and JSON format and then delete it, and confirm the deletion in writing.

### 6. Intellectual Property

6.1 The platform, the driver app and all related software remain the property of the Provider.

6.2 Route rules, report templates, integration scripts and other configurations created specifically for the Customer belong to the Customer, who may use, modify and license them freely.

### 7. Confidentiality

Each party shall keep the other party's confidential information secret, use it only for the Agreement and disclose it only to employees and advisers who need to know it and are bound by equal duties. This obligation lasts for three years after the end of the Agreement.

### 8. Subcontracting

The Customer approves Alibaba Cloud as the hosting provider. The Provider shall not engage any other subcontractor for the Services without the Customer's prior written consent and remains responsible for its subcontractors.

### 9. Liability

9.1 Each party's total liability arising out of or in connection with the Agreement is limited to the fees paid or payable by the Customer under the Agreement in the six months preceding the event giving rise to the claim.

9.2 Neither party is liable for indirect loss or loss of profit. The limits in this Section 9 do not apply to wilful misconduct, gross negligence or personal injury.

### 10. Term and Termination

10.1 The Agreement ends at the end of the second Subscription Year. Any renewal requires a new Order Form signed by both parties.

10.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after notice. The Customer may also terminate if monthly availability falls below 99% in two consecutive months.

10.3 On termination for the Provider's breach, the Provider shall refund any fees paid for the period after termination.

### 11. Governing Law and Disputes

The Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules in force at the time. The award is final and binding.

### 12. Suspension

The Provider may suspend access only if the Customer's use of the Services threatens the security of the platform, and only to the extent and for the time needed to remove the threat. The Provider shall notify the Customer immediately and explain the reasons. Suspension for unpaid invoices requires written notice and a further 30 days for payment.

### 13. General

Notices must be in writing and sent to the contacts in A6. Neither party may assign the Agreement without the other's consent. Amendments must be in writing and signed by both parties.

Signed for the Provider: ____________________   Signed for the Customer: ____________________
"""

H892E03 = """T:Purchase Contract for Dam Vibration Sensors and Monitoring Software
P:Contract No. MJHD-WZ-2026-0215
P:Buyer: Sichuan Minjiang Hydropower Development Co., Ltd., Wenchuan County, Aba Prefecture, Sichuan, People's Republic of China (the "Buyer").
P:Supplier: Alpi Monitoring S.p.A., Corso Battaglione Aosta 47, 11100 Aosta, Italy (the "Supplier").
P:The Buyer operates three run-of-river hydropower stations on the Minjiang and wishes to install a structural health monitoring system on its dams, spillway gates and turbine foundations. Following the Buyer's invitation to tender and the Supplier's bid, the parties agree on the Buyer's standard purchase terms as follows.
H:1. Definitions
P:1.1 "Equipment" means the sensors and gateways listed in clause 2.
P:1.2 "Software" means the Supplier's StructaWatch monitoring platform, including its analytics and alarm modules, licensed under clause 3.
P:1.3 "System" means the Equipment and the Software installed, configured and integrated at the three stations.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under clause 6.3 that the System meets the acceptance criteria.
P:1.5 "Buyer Data" means all measurements, alarms, structural models and other data generated by the System or supplied by the Buyer.
H:2. Scope of Supply and Price
P:2.1 The Supplier shall supply, deliver to site, install, configure and commission the System, train the Buyer's staff and provide warranty services, all as set out in this Contract and the Technical Specification.
P:2.2 The contract price is CNY 1,800,000, inclusive of VAT, customs duties, delivery to the three stations, insurance and all other costs of the Supplier, broken down as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Triaxial MEMS vibration sensor, IP68, with mounting kit|420|2,150|903,000
TB:2|Edge gateway with 4G and fibre uplink, 12 channels|36|8,600|309,600
TB:3|StructaWatch monitoring software, perpetual licence, 600 channels|1|386,000|386,000
TB:|Subtotal, Equipment and Software licence|||1,598,600
TB:4|Installation, cabling supervision and commissioning|1 lot|176,400|176,400
TB:5|Training of operators and engineers|1 lot|25,000|25,000
TB:|Contract price|||1,800,000
P:2.3 The contract price is fixed and shall not be adjusted for exchange-rate movements or any other reason.
H:3. Licence
P:3.1 The Supplier grants the Buyer a perpetual, irrevocable, non-exclusive licence to use the Software at the three stations and the Buyer's Chengdu control centre for the Buyer's own operations, including for its affiliates that operate the stations.
P:3.2 The licence includes all updates and new releases issued during the warranty period and the support period under clause 7.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver the Equipment to the three stations within 60 days after signature and complete installation and commissioning within 110 days after signature.
P:4.2 Installation work in the dam galleries follows the Buyer's safety rules and work permits. The Buyer provides power, cable routes, access to the galleries and a server in the Chengdu control centre.
P:4.3 On completion of installation, the parties sign an Installation Certificate. The Installation Certificate records the quantities installed; it is not acceptance of the System.
P:4.4 With the Equipment the Supplier shall deliver packing lists, certificates of origin and quality, calibration certificates for every sensor, installation drawings and operation and maintenance manuals in Chinese and English.
H:5. Payment
P:5.1 10% of the contract price within 20 days after signature, against the Supplier's invoice and an advance payment guarantee of the same amount issued by a bank acceptable to the Buyer.
P:5.2 55% of the contract price within 20 days after the Installation Certificate is signed.
P:5.3 35% of the contract price within 20 days after Final Acceptance.
P:5.4 Within 20 days after signature the Supplier shall provide a performance guarantee of 5% of the contract price, valid until the end of the warranty period. The advance payment guarantee is released after the Installation Certificate is signed.
H:6. Acceptance
P:6.1 After installation the System is tested in a trial run of 45 days covering all three stations.
P:6.2 The acceptance criteria are: (a) every sensor channel reports to the platform at the configured sampling rate with less than 0.5% missing samples over the trial run; (b) sensor readings agree with the reference measurements of the Buyer's calibrated instruments within the tolerance in the Technical Specification; (c) threshold alarms reach the control-centre screen and the duty engineer's phone within 10 seconds in witnessed tests; (d) the interface to the Buyer's dam safety information system transfers all data without loss; and (e) no Priority 1 incident occurs in the last 20 days of the trial run.
P:6.3 If the criteria are met, the Buyer issues a written Final Acceptance confirmation within 10 working days. Operation of the System during the trial run, or any payment, is not acceptance. Failed tests are repeated after remedy at the Supplier's cost.
H:7. Warranty and Support
P:7.1 The warranty period is 36 months from Final Acceptance. During the warranty period the Supplier shall repair or replace any defective Equipment, correct Software defects, and provide updates, remote support and on-site support free of charge.
P:7.2 After the warranty period, the Supplier shall provide support on the same service levels for an annual fee of 9% of the Equipment and Software licence subtotal, that is CNY 143,874 per year. This fee is fixed for the first two support years. Support is ordered by the Buyer year by year and does not renew automatically.
P:7.3 The Supplier shall keep spare sensors and gateways equal to at least 3% of the installed quantities in its Chengdu warehouse throughout the warranty period.
H:8. Service Levels
P:8.1 The monitoring platform shall be available at least 99.95% of each calendar month during the warranty and support periods.
P:8.2 Priority 1 means loss of monitoring at a whole station or loss of alarm delivery. The Supplier shall respond to Priority 1 incidents within 30 minutes at any time and restore monitoring within 8 hours. Priority 2 incidents are responded to within 2 hours and resolved within 2 working days.
P:8.3 For each hour of late response or restoration of a Priority 1 incident, the Supplier shall pay CNY 1,500. For each 0.01 percentage point of monthly availability below 8.1, the Supplier shall pay CNY 1,000. The Buyer may deduct these amounts from any payment due or claim them under the performance guarantee.
H:9. Intellectual Property
P:9.1 The Software remains the Supplier's property.
P:9.2 Structural models, alarm rules, dashboards and interface programs developed for the Buyer under this Contract belong to the Buyer, together with their source files, which the Supplier shall deliver at Final Acceptance. The Buyer may use, modify and license them freely.
H:10. Data Security
P:10.1 Buyer Data belongs to the Buyer and may be used by the Supplier only to perform this Contract. The Supplier shall not use Buyer Data for any other purpose and shall not transfer it outside the People's Republic of China.
P:10.2 The System is installed on the Buyer's network. The Supplier's remote access requires the Buyer's approval for each session, takes place through the Buyer's bastion host and is logged. The Supplier shall meet the Buyer's industrial control security requirements and the applicable PRC laws on cybersecurity and data security.
P:10.3 The Supplier shall report any security incident or data leak within 2 hours, take immediate remedial measures and bear full liability for losses caused by its breach of this clause.
H:11. Confidentiality
P:Each party shall keep confidential the other party's non-public technical and business information received under this Contract, including the design and safety data of the Buyer's dams, and shall not disclose it to any third party without prior written consent. This obligation continues for five years after the Contract ends.
H:12. Liquidated Damages and Liability
P:12.1 If the Supplier is late in delivery or in reaching Final Acceptance for reasons attributable to it, it shall pay liquidated damages of 0.1% of the contract price for each day of delay. Total liquidated damages for delay shall not exceed 10% of the contract price.
P:12.2 The Supplier's total liability under this Contract is limited to 200% of the contract price, except for personal injury, wilful misconduct and breach of clauses 10 and 11.
H:13. Subcontracting
P:The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Cabling work may be subcontracted to a company approved by the Buyer in writing. The Supplier is responsible for its subcontractors as for itself.
H:14. Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after notice, or if liquidated damages for delay reach their maximum.
P:14.2 On such termination the Supplier shall refund the amounts paid for undelivered or unaccepted parts and compensate the Buyer's losses.
H:15. Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Chengdu Arbitration Commission for arbitration in Chengdu. The award is final and binding on both parties.
H:16. Miscellaneous
P:16.1 The Technical Specification and the Supplier's bid are annexes to this Contract. If they conflict, this Contract prevails over the Technical Specification, which prevails over the bid.
P:16.2 This Contract is made in English and Chinese in four originals; both language versions are equally authentic.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H892E04 = """# Managed IT Services Agreement

**Agreement No.** CYD-ITS-2026-07

**Customer:** Inner Mongolia Caoyuan Dairy Co., Ltd., Jinqiao Development Zone, Hohhot, Inner Mongolia, People's Republic of China ("Customer").

**Supplier:** Meseta Managed Services S.L., Calle Mayor Principal 58, 34001 Palencia, Spain, performing the on-site work through its Beijing branch office ("Supplier").

**Background.** Customer runs six dairy plants, two distribution centres and a head office in Hohhot. It wishes to outsource its IT service desk, end-user support and infrastructure monitoring for 36 months. The parties agree as follows.

## 1. Definitions

1.1 **Services** means the services described in Schedule 1, delivered to the service levels in Schedule 2, for the charges in Schedule 3.

1.2 **Service Commencement Date** means the date on which Customer confirms in writing that the transition is complete under Section 4.

1.3 **Term** means 36 months from the Service Commencement Date.

1.4 **Customer Data** means all data of Customer, its employees, suppliers and customers that Supplier receives, accesses or generates in providing the Services.

1.5 **Deliverables** means runbooks, knowledge articles, scripts, configuration baselines, reports and other materials produced by Supplier for Customer under this Agreement.

## 2. Services

2.1 Supplier shall provide the Services in Schedule 1 from the Service Commencement Date for the Term, using qualified and trained staff, in accordance with good industry practice and Customer's IT policies notified to Supplier.

2.2 Supplier shall appoint a service delivery manager located in Hohhot as Customer's single point of contact, and shall not replace the service delivery manager without first consulting Customer.

2.3 Customer shall give Supplier's staff access to its sites, systems and tools as needed for the Services, and provide the desk space, telephony and network connections for the on-site engineers.

## 3. Transition

3.1 Supplier shall carry out the transition described in Schedule 1, Part B, starting on signature, and shall achieve the Service Commencement Date within 60 days after signature.

3.2 If the Service Commencement Date is delayed for reasons attributable to Supplier, Supplier shall pay Customer CNY 1,800 for each day of delay, up to a total of CNY 90,000.

## 4. Service Commencement

4.1 Customer shall confirm the Service Commencement Date in writing when the following criteria are met: (a) knowledge transfer sessions with the incumbent team are complete and signed off; (b) the asset inventory and configuration database are reconciled against a physical count at all sites; (c) runbooks for every service in Schedule 1 are approved by Customer; and (d) Supplier has run the service desk in parallel with the incumbent for 10 working days with all tickets logged and handled within the Schedule 2 targets.

4.2 If any criterion is not met, Customer shall state the failed criteria in writing, and Supplier shall remedy them and request confirmation again. Start of ticket handling by Supplier is not confirmation.

## 5. Service Levels and Service Credits

5.1 Supplier shall meet the service levels in Schedule 2 and report its performance to Customer in a monthly service report by the fifth working day of each month.

5.2 If a service level is missed, Supplier shall credit the amount set out in Schedule 2 against the next monthly invoice. Service credits do not limit Customer's other rights.

5.3 Supplier shall hold a service review with Customer every month and a strategic review every six months, and agree a corrective action plan for each missed service level.

## 6. Charges and Payment

6.1 The charges are set out in Schedule 3. The monthly service charge is fixed for the Term, and the total contract value is CNY 2,160,000 including VAT.

6.2 Supplier invoices the monthly service charge monthly in arrears, and the transition charge after the Service Commencement Date. Customer pays each correct invoice within 30 days after receipt. Customer makes no advance payment.

6.3 Additional devices or sites may be added at the unit rates in Schedule 3.

## 7. Customer Data

Customer Data remains the property of Customer. Supplier shall use Customer Data only to provide the Services and shall return it to Customer on request and at the end of the Term.

## 8. Confidentiality

8.1 Each party shall keep confidential the other party's non-public business, technical and financial information disclosed under this Agreement and shall use it only to perform this Agreement.

8.2 Each party may disclose confidential information only to its employees and professional advisers who need to know it and who are bound by confidentiality duties no less strict than this Section 8. This Section 8 continues for five years after the end of this Agreement.

## 9. Intellectual Property

9.1 All Deliverables belong to Customer on creation. Customer may use, modify and license them freely, including to a successor supplier.

9.2 Supplier's pre-existing tools remain its property. Where a Deliverable depends on such a tool, Supplier grants Customer a perpetual, royalty-free licence to use it with the Deliverable.

## 10. Subcontracting

Supplier may subcontract any part of the Services, including on-site support at the plants and distribution centres, to local service partners by giving Customer 10 working days' written notice naming the partner and the subcontracted Services. Supplier remains responsible for the performance of its subcontractors.

## 11. Liability

11.1 Supplier's total liability under this Agreement is limited to 150% of the total contract value. This limit does not apply to personal injury, wilful misconduct or breach of Section 8.

11.2 Neither party is liable for indirect or consequential loss.

## 12. Term and Termination

12.1 This Agreement starts on signature and ends at the end of the Term unless terminated earlier. The parties may extend it by written agreement at the charges in Schedule 3.

12.2 Customer may terminate this Agreement by written notice if Supplier commits a material breach and fails to remedy it within 30 days after notice, or if Supplier misses the Priority 1 resolution target in three months of any six-month period.

12.3 On expiry or termination, Supplier shall provide exit assistance for up to 60 days at the rates in Schedule 3 and hand over all Deliverables and Customer Data to Customer or its successor supplier.

## 13. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Hohhot Arbitration Commission for arbitration in Hohhot. The arbitral award is final.

## 14. General

14.1 Neither party may assign this Agreement without the other's prior written consent.

14.2 Notices must be in writing and delivered to the addresses above. This Agreement, with its Schedules, is the entire agreement of the parties on its subject.

Signed for Customer: ____________________   Signed for Supplier: ____________________

## Schedule 1 — Services

**Part A. Run services**

| Service | Scope | Hours |
|---|---|---|
| Service desk | Chinese and English hotline, portal and e-mail for about 1,400 users | 24 x 7 |
| End-user support | Laptops, desktops, printers, handheld scanners and meeting rooms; two resident engineers at head office and one at each plant | Plant shifts and office hours |
| Infrastructure monitoring | Servers, storage, plant networks, Wi-Fi and WAN links, with alert handling | 24 x 7 |
| Patch and antivirus management | Monthly patch cycle for servers and end-user devices, antivirus console | Scheduled windows |
| Asset and configuration management | Asset register, configuration database, moves and changes | Office hours |

**Part B. Transition**

| Step | Content | Exit criterion |
|---|---|---|
| Knowledge transfer | Shadowing of the incumbent team at every site | Signed-off session log |
| Inventory | Physical count and reconciliation of assets | Reconciled register |
| Runbooks | One runbook per service in Part A | Approved by Customer |
| Parallel run | Service desk in parallel for 10 working days | Targets in Schedule 2 met |

## Schedule 2 — Service Levels

| Priority | Definition | Response | Resolution | Service credit per missed incident |
|---|---|---|---|---|
| Priority 1 | Production line, cold store or plant network stopped by an IT fault | 15 minutes | 6 hours | 2% of the monthly service charge |
| Priority 2 | A department or site function degraded | 1 hour | 1 working day | 0.5% of the monthly service charge |
| Priority 3 | A single user affected | 8 business hours | 3 working days | none, reported monthly |

Total service credits in a month are limited to 20% of that month's service charge.

## Schedule 3 — Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition charge | one-time, after the Service Commencement Date | 72,000 |
| Monthly service charge | per month, 36 months | 58,000 |
| Total monthly service charges | 36 x 58,000 | 2,088,000 |
| Total contract value | | 2,160,000 |
| Additional end-user device | per device per month | 38 |
| Additional site | per site per month | 4,200 |
| Exit assistance | per engineer day | 2,600 |
"""

H892E05 = """DATA SUBSCRIPTION AND API AGREEMENT

Agreement No. SGD-CN-2026-031

BETWEEN
Heilongjiang Beifeng Seed Co., Ltd., Songbei District, Harbin, Heilongjiang, People's Republic of China (the "Customer"); and
Sannio GeoData S.r.l., Via Francesco De Sanctis 14, 86100 Campobasso, Italy (the "Provider").

RECITALS
The Customer breeds and sells maize and soybean seed and runs variety trials on about 1,900 plots in north-east China. The Provider operates the AgroSat data service, which supplies satellite vegetation indices, soil-moisture estimates and gridded weather data through an application programming interface (API). The Customer wishes to subscribe to the service for its trial and production planning. The parties agree as follows.

1. DEFINITIONS
1.1 "Data Service" means the AgroSat datasets listed in Annex 1, delivered through the API and the web viewer, covering the Customer's licensed area of Heilongjiang, Jilin and the eastern part of Inner Mongolia.
1.2 "Subscription Year" means a period of one year starting on the Activation Date or on an anniversary of it.
1.3 "Activation Date" means the date on which the Customer confirms Service Activation under clause 4.
1.4 "Customer Data" means the plot boundaries, trial designs, yield results, variety codes and any other data that the Customer uploads to the Data Service or that is generated from them for the Customer.
1.5 "Custom Models" means the yield-prediction and stress-detection models that the Provider calibrates on Customer Data for the Customer under clause 3.3.

2. SUBSCRIPTION TERM
2.1 The initial term is two Subscription Years from the Activation Date.
2.2 At the end of the initial term, this Agreement renews automatically for successive periods of one Subscription Year each, unless either party gives written notice of non-renewal at least 60 days before the end of the current Subscription Year.
2.3 For each renewal year the Provider may increase the subscription fee by notice to the Customer given at least 75 days before the renewal year starts. The increased fee applies to the renewal year unless the Customer gives notice of non-renewal under clause 2.2.

3. DATA SERVICE
3.1 The Provider shall deliver through the API: vegetation indices at 10-metre resolution every five days, cloud permitting; daily soil-moisture estimates at 1-kilometre resolution; and hourly gridded weather observations and seven-day forecasts for the licensed area.
3.2 The Provider shall supply, before the Activation Date, a historical data package with the same layers for the five growing seasons before this Agreement.
3.3 In the first Subscription Year the Provider shall calibrate the Custom Models on the Customer's trial results and deliver them with documentation and the model files.
3.4 The Customer may use the Data Service for its internal breeding, trial and production planning, and may share derived maps and reports with its contract growers. The Customer shall not resell the raw datasets.

4. SERVICE ACTIVATION
4.1 The Provider shall complete delivery of the historical data package and activation of the API within 45 days after signature.
4.2 Service Activation requires that: (a) the historical data package covers all layers and seasons in clause 3.2 for every plot boundary supplied by the Customer; (b) API calls for the full plot list return complete results within the response times in Annex 2 in a witnessed test; (c) index values for 50 reference plots agree with the Customer's ground measurements within the tolerance in Annex 2; and (d) the Customer's breeding database imports the API output for 10 consecutive days without errors.
4.3 The Customer shall confirm Service Activation in writing within 5 working days after the criteria are met. Use of the API for testing before that confirmation is not acceptance.
4.4 If the Provider does not achieve Service Activation within the period in clause 4.1 for reasons attributable to it, the Provider shall pay the Customer CNY 500 for each day of delay.

5. SERVICE LEVELS
5.1 The API shall be available at least 99.95% of each calendar month, excluding maintenance announced at least three days in advance and carried out on weekends.
5.2 Priority 1 incidents (the API or the web viewer is unavailable, or data for the whole licensed area is missing or corrupted) shall be responded to within 1 hour at any time and resolved within 8 hours. Priority 2 incidents (a single layer delayed or partly missing) shall be responded to within 3 hours and resolved within 2 working days.
5.3 For each 0.1 percentage point by which monthly availability falls short of clause 5.1, the Provider shall credit 2% of the monthly share of the subscription fee. For each late Priority 1 response, the Provider shall credit CNY 600. Credits are set off against the next invoice.
5.4 The Provider shall report monthly on availability, data delivery delays and incidents.

5.5 The Provider shall run a technical support desk in Chinese and English on working days from 08:00 to 20:00 China Standard Time, and a 24-hour hotline for Priority 1 incidents.

6. SUPPORT, TRAINING AND DATA QUALITY
6.1 The Provider shall give two remote training sessions for the Customer's breeders and data analysts in the first Subscription Year, and one refresher session before each later growing season.
6.2 The Provider shall publish the processing methods and known limitations of each dataset in Annex 1 and inform the Customer at least 30 days before it changes a method, a resolution or an API version. An API version shall remain supported for at least six months after its successor is released.
6.3 Where data for a plot is missing because of persistent cloud cover, the Provider shall flag it in the API output and supply the next available observation.

7. FEES AND PAYMENT
7.1 The subscription fee is CNY 348,000 for each Subscription Year of the initial term, CNY 696,000 in total, inclusive of VAT. The historical data package and the Custom Models are included in the subscription fee.
7.2 The subscription fee is invoiced quarterly in arrears, CNY 87,000 per quarter. The Customer pays each correct invoice within 30 days after receipt. No payment is due before the Activation Date.
7.3 Additional plots or areas are charged at the rates in Annex 3.

8. CUSTOMER DATA AND DATA SECURITY
8.1 Customer Data belongs to the Customer. The Provider shall process Customer Data only to provide the Data Service to the Customer and shall not use it for any other purpose or disclose it to any third party.
8.2 Customer Data shall be stored on servers in mainland China operated by the Provider's hosting partner named in Annex 4. The Provider shall apply encryption in transit and at rest, restrict access to named staff with multi-factor authentication, log all access and comply with the PRC Data Security Law and Personal Information Protection Law.
8.3 The Provider shall notify the Customer of any unauthorised access to, or loss of, Customer Data within 24 hours after becoming aware of it, take immediate steps to contain it, and compensate the Customer for the losses caused by its failure to comply with this clause 8.
8.4 At the end of this Agreement the Provider shall return all Customer Data and the Custom Models to the Customer and then delete Customer Data from its systems.

9. INTELLECTUAL PROPERTY
9.1 The AgroSat datasets, the API and the Provider's software remain the property of the Provider and its data suppliers. The Customer receives a non-exclusive licence to use them as set out in clause 3.4 during the term, and may keep and use data downloaded during the term after it ends.
9.2 The Custom Models and all maps and reports produced specifically for the Customer belong to the Customer, who may use, modify and license them freely.

10. SUBCONTRACTING
The Customer approves the hosting partner named in Annex 4. The Provider shall not engage any other subcontractor for the Data Service without the Customer's prior written consent, and remains responsible for its subcontractors.

11. LIABILITY
11.1 The Provider's total liability under this Agreement is limited to 150% of the fees for the initial term, except for wilful misconduct, gross negligence and breach of clause 8.
11.2 Neither party is liable for indirect loss. The Provider does not warrant the yield of any crop.

12. TERMINATION
12.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and fails to remedy it within 30 days after notice, or if monthly availability falls below 99% in any two months of a Subscription Year.
12.2 On termination for the Provider's breach, the Provider shall refund any fees paid for the period after termination and deliver the Custom Models.

13. FORCE MAJEURE
Neither party is liable for failure caused by events beyond its reasonable control, including the loss of a satellite or of a public data source, provided that it informs the other party promptly and uses reasonable efforts to find alternative sources.

14. GOVERNING LAW AND DISPUTES
This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing. The award is final and binding.

15. GENERAL
15.1 Annexes: 1 Datasets and licensed area; 2 Response times and tolerances; 3 Rates for additional plots; 4 Hosting partner.
15.2 Amendments must be in writing and signed by both parties. This Agreement is made in English in two originals.

For the Customer: ____________________    For the Provider: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
SOURCES = {"h892z01": H892Z01, "h892z02": H892Z02, "h892z03": H892Z03, "h892z04": H892Z04, "h892z05": H892Z05,
           "h892e01": H892E01, "h892e02": H892E02, "h892e03": H892E03, "h892e04": H892E04, "h892e05": H892E05}
FILES = {"h892z01": "h892z01_health_commission_escort_service_platform.pdf",
         "h892z02": "h892z02_bathtub_factory_line_control_retrofit.docx",
         "h892z03": "h892z03_freediving_chain_booking_saas.txt",
         "h892z04": "h892z04_emergency_broadcast_warning_om_service.txt",
         "h892z05": "h892z05_paper_craft_studio_tracking_supplier_template.md",
         "h892e01": "h892e01_ceramics_inspection_licence_italian_vendor.pdf",
         "h892e02": "h892e02_cold_chain_routing_saas_order_form.md",
         "h892e03": "h892e03_hydropower_dam_sensors_monitoring_licence.docx",
         "h892e04": "h892e04_dairy_managed_it_services_36_months.md",
         "h892e05": "h892e05_agri_satellite_data_api_subscription.txt"}

# Design: the rules each draft is written to raise (checked against the rules derived from the labels).
DESIGN = {
    "h892z01": [],
    "h892z02": ["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"],
    "h892z03": ["CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"],
    "h892z04": ["CR-SLA-NO-REMEDY", "CR-TERMINATION"],
    "h892z05": ["CR-ACCEPTANCE", "CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING",
                "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "h892e01": ["CR-GOVERNING-LAW"],
    "h892e02": ["CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP"],
    "h892e03": [],
    "h892e04": ["CR-DATA-SECURITY", "CR-SUBCONTRACT"],
    "h892e05": ["CR-AUTO-RENEWAL", "CR-CONFIDENTIALITY"],
}
RISK = {"h892z01": "low", "h892z02": "high", "h892z03": "medium", "h892z04": "medium", "h892z05": "high",
        "h892e01": "low", "h892e02": "medium", "h892e03": "low", "h892e04": "high", "h892e05": "medium"}
# forum outside mainland China (CR-GOVERNING-LAW also fires with PRC law)
FORUM_OUTSIDE = {"h892e01"}
# TCO inputs for goods_or_licence drafts: itemised licence / hardware subtotal and the post-warranty fee per year
TCO_IN = {"h892z01": (860000, 77400), "h892z02": (1480000, 384800), "h892e01": (1260000, 138600),
          "h892e03": (1598600, 143874), "h892z05": (98000, None)}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]


def T(avail, p1, remedy, ip, ds, owns, conf, ld, cap, pre, acc, final, warr, pw, auto, term, sub, law, kind):
    return dict(zip(TERM_KEYS, [avail, p1, remedy, ip, ds, owns, conf, ld, cap, pre, acc, final, warr, pw, auto,
                                term, sub, law, kind]))


G, S = "goods_or_licence", "service"
LABELS = {
    # key: (language, category, terms, sla_clause, ld_stated, post_warranty_fee_capped or None, deemed, value)
    "h892z01": ("zh", "software", T(99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9,
                                    False, True, False, "PRC", G), True, True, True, False, 1560000),
    "h892z02": ("zh", "hardware", T(None, 1, True, "buyer", True, True, True, 0.03, None, 20, True, True, 18, 26,
                                    False, True, False, "PRC", G), True, True, True, False, 1624000),
    "h892z03": ("zh", "cloud", T(99.5, 1, True, "buyer", True, True, True, 500 / 656000 * 100, 200, None, True, None,
                                 None, None, False, True, True, "PRC", S), True, True, None, False, 656000),
    "h892z04": ("zh", "services", T(None, 0.5, False, "buyer", True, True, True, 0.1, None, None, True, None, None,
                                    None, False, False, False, "PRC", S), True, True, None, False, 438000),
    "h892z05": ("zh", "software", T(None, None, False, "supplier", True, False, True, None, None, 65, False, False, 6,
                                    None, True, True, None, None, G), False, False, False, True, 240000),
    "h892e01": ("en", "software", T(None, 1, True, "buyer", True, True, True, 0.08, 150, 25, True, True, 18, 11,
                                    False, True, False, "Italy", G), True, True, True, False, 1718000),
    "h892e02": ("en", "cloud", T(99.95, 0.5, True, "buyer", True, False, True, 400 / 626000 * 100, 6 / 24 * 100, None,
                                 True, None, None, None, False, True, False, "PRC", S), True, True, None, False, 626000),
    "h892e03": ("en", "hardware", T(99.95, 0.5, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 9,
                                    False, True, False, "PRC", G), True, True, True, False, 1800000),
    "h892e04": ("en", "services", T(None, 0.25, True, "buyer", False, True, True, 1800 / 2160000 * 100, 150, None,
                                    True, None, None, None, False, True, True, "PRC", S), True, True, None, False,
                2160000),
    "h892e05": ("en", "cloud", T(99.95, 1, True, "buyer", True, True, False, 500 / 696000 * 100, 150, None, True, None,
                                 None, None, True, True, False, "PRC", S), True, True, None, False, 696000),
}

THRESH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
          "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_SHARE_LIMIT = 40
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(key, t):
    """Policy section 4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years; fee base the
    itemised licence / hardware subtotal. Returns the post-warranty share in %, or None when not computable."""
    base, fee = TCO_IN[key]
    if fee is None or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = fee * years
    return fees / (LABELS[key][7] + fees) * 100


def derive(key):
    lang, cat, t, sla, ld_stated, capped, deemed, value = LABELS[key]
    r = set()
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
    if not ld_stated:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not capped or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(key, t)
        if share is not None and share > TCO_SHARE_LIMIT:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] is not None and t["governing_law"] != "PRC") or key in FORUM_OUTSIDE:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk_of(rules):
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


def label(key):
    lang, cat, t, sla, ld_stated, capped, deemed, value = LABELS[key]
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if t["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return {"file": FILES[key], "language": lang, "category": cat, "expected_terms": t, "expected_extra": extra,
            "expected_rules": derive(key)}


# ---------------------------------------------------------------------------------------------------------------
# Threshold figures (policy section 3): 99.9 %, 4 hours, 0.05 %/day, 100 %, 30 %, 12 months, 15 %, 40 %.
ZH_NUM = "零一二三四五六七八九十百点"
PATTERNS = [
    re.compile(r"(?<![\d.])(?:30|15|40|100|99\.9|0\.05)(?:\.0+)?(?!\d)\s*(?:%|％|per\s*cent|percent)", re.I),
    re.compile(r"(?:thirty|fifteen|forty|hundred)[\s-]*(?:%|per\s*cent|percent)", re.I),
    re.compile(r"百分之(?:三十|十五|四十|一百|九十九点九|零点零五)(?![" + ZH_NUM + "])"),
    re.compile(r"万分之五(?![" + ZH_NUM + "])|千分之零点五(?![" + ZH_NUM + "])"),
    re.compile(r"(?<![\d.])4\s*(?:hours?|hrs?\b|h\b|个?小时)", re.I),
    re.compile(r"(?<![" + ZH_NUM + "])四\s*个?小时"),
    re.compile(r"(?<![a-z-])four[\s-]*hours?", re.I),
    re.compile(r"(?<![\d.])12\s*(?:months?|个月)", re.I),
    re.compile(r"(?<![" + ZH_NUM + "])十二\s*个月"),
    re.compile(r"(?<![a-z-])twelve[\s-]*months?", re.I),
]
MUST_HIT = ["30%", "15 %", "40％", "100%", "99.9%", "0.05%", "100 per cent", "fifteen percent", "百分之三十",
            "百分之十五", "万分之五", "4 hours", "4小时", "4 个小时", "四小时", "four hours", "12 months", "12个月",
            "十二个月", "twelve months", "30.0%", "the 4h window"]
MUST_MISS = ["99.95%", "0.055%", "130%", "1.30%", "35%", "45%", "150%", "0.8%", "98.5%", "24 hours", "24小时",
             "二十四小时", "twenty-four hours", "2026年12月31日", "万分之五十", "万分之八", "十二家医院", "14 hours",
             "112 months", "24-hour", "3% of", "0.5%"]


def hits(text):
    out = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for p in PATTERNS:
            out += [m.group(0) for m in p.finditer(variant)]
    return out


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


def check():
    for s in MUST_HIT:
        assert hits(s), s
    for s in MUST_MISS:
        assert not hits(s), (s, hits(s))
    covered = set()
    for key in SOURCES:
        lab = label(key)
        t = lab["expected_terms"]
        assert lab["expected_rules"] == sorted(DESIGN[key]), (key, lab["expected_rules"], DESIGN[key])
        assert risk_of(lab["expected_rules"]) == RISK[key], key
        covered |= set(lab["expected_rules"])
        for k, v in THRESH.items():
            assert t[k] is None or abs(t[k] - v) > 1e-9, (key, k)
        if t["contract_kind"] == G:
            share = tco_share(key, t)
            assert share is None or abs(share - TCO_SHARE_LIMIT) > 2, (key, share)
        else:
            assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
            assert "post_warranty_fee_capped" not in lab["expected_extra"]
            assert t["final_payment_on_acceptance"] is None
        text = read_back(OUT / FILES[key])
        found = hits(text)
        assert not found, (key, found)
        if lab["language"] == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (key, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (key, n)
        share = tco_share(key, t) if t["contract_kind"] == G else None
        print("%s %-62s %5d %-6s %s%s" % (key, FILES[key], n, risk_of(lab["expected_rules"]),
                                         ", ".join(x[3:] for x in lab["expected_rules"]) or "(none)",
                                         "" if share is None else "  [TCO share %.2f %%]" % share))
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    z05 = len(label("h892z05")["expected_rules"])
    assert 8 <= z05 <= 10
    print("all checks passed; rules covered:", len(covered))


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    binary = {k: (FILES[k], FILES[k].rsplit(".", 1)[1]) for k in FILES if FILES[k].endswith((".docx", ".pdf"))}
    write(SOURCES, binary, OUT, wrap_words=True)
    for k in FILES:
        if not FILES[k].endswith((".docx", ".pdf")):
            (OUT / FILES[k]).write_text(SOURCES[k], encoding="utf-8")
            print("wrote", FILES[k])
    for k in FILES:
        (OUT / (FILES[k].rsplit(".", 1)[0] + ".json")).write_text(
            json.dumps(label(k), ensure_ascii=False, indent=1), encoding="utf-8")
    check()
