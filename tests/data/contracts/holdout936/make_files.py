"""holdout936: builds the ten blind held-out draft contracts of this folder from the sources below, writes their .json
labels and asserts the checks of the brief (lengths as read back, no value or text on a policy threshold, rules derived
from the labels = the design list, coverage of all 20 CR rules).

Run: /work/main/.venv/bin/python -B make_files.py   (imports ../word_pdf.py for the .docx and .pdf files)
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H936Z01 = """
T:江城市邮政管理局集邮与明信片文创服务平台采购合同
P:合同编号：JCYZ-ZC-2027-014　　采购方式：公开招标（政府采购）
P:甲方（采购人）：江城市邮政管理局
P:乙方（供应商）：杭州邮韵数字科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，双方就江城市集邮与明信片文创服务平台（以下简称“平台”）的软件许可及定制开发事宜，经协商一致，订立本合同。招标文件、投标文件及澄清材料均为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供“邮韵文创平台”标准软件永久使用许可一套，不限用户数，部署于甲方指定的政务云资源。
P:1.2 乙方按甲方需求完成以下定制开发：集邮信息发布与邮票发行日历模块、文创设计征集与评审模块、个性化明信片在线定制模块、邮政网点及邮局主题活动地图、与邮政寄递系统的订单及物流查询接口、统计分析看板。
P:1.3 乙方负责平台的部署、历史数据迁移（含既往邮票发行资料、活动报名记录约八万条）、系统联调及对甲方管理人员和网点操作人员的培训。
H:第二条 合同价款
P:2.1 本合同总价为人民币1,338,000元（大写：壹佰叁拾叁万捌仟元整），为固定总价，含税费及乙方完成本项目所需的全部费用。
P:2.2 价款构成：平台软件许可费736,000元；定制开发费498,000元；实施部署及数据迁移费86,000元；培训费18,000元。
H:第三条 付款方式
P:3.1 合同签订且甲方收到乙方开具的合法发票后15个工作日内，甲方支付合同总价的20%，即267,600元，作为预付款。
P:3.2 平台完成部署、定制模块上线试运行并通过初步验收后15个工作日内，甲方支付合同总价的45%，即602,100元。
P:3.3 平台通过最终验收后15个工作日内，甲方支付合同总价的35%，即468,300元。
P:3.4 甲方按财政国库集中支付程序付款，因财政审批流程产生的合理时间不视为甲方违约。
H:第四条 交付与工期
P:4.1 乙方应于合同签订后90日内完成部署及全部定制模块开发，并提交初步验收申请；初步验收通过后进入60日试运行期。
P:4.2 乙方应按周向甲方报送项目进度，关键节点延误的，应书面说明原因及补救措施。
P:4.3 乙方应指定具有同类项目经验的项目经理一名，并保证开发、测试及实施人员稳定；更换项目经理须经甲方书面同意。乙方人员在甲方场所工作期间应遵守甲方的安全保卫及保密管理规定。
P:4.4 乙方交付物包括：可运行的平台系统、定制模块安装包、接口说明、测试报告、数据迁移报告、培训教材及运维手册。
H:第五条 验收
P:5.1 初步验收标准：招标文件需求清单所列功能逐项测试通过；迁移数据经甲方抽检核对一致；与邮政寄递系统的接口连续7日调用无差错；在300个并发用户下页面平均响应时间不超过2秒；第三方安全测评无高危漏洞。
P:5.2 最终验收标准：试运行期内未发生一级故障；初步验收遗留问题全部整改完毕；乙方提交源代码、数据库设计文档、部署手册及用户手册；甲方组织专家评审并出具书面验收报告。
P:5.3 平台上线运行、甲方使用或支付部分款项，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新申请验收，相关费用由乙方承担。
H:第六条 质量保证与运维
P:6.1 免费质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、远程及现场技术支持。
P:6.2 质保期满后，甲方如需乙方继续提供运维服务，年度运维费不超过平台软件许可费的9%，即每年不超过66,240元；该价格自质保期满后三个年度内不作上调。
H:第七条 服务水平
P:7.1 质保期内，平台月度可用率不低于99.95%（计划内维护经甲方同意的除外）。
P:7.2 故障分级响应：一级故障（平台无法访问、在线定制或支付功能中断）30分钟内响应，2小时内到场或远程恢复；二级故障2小时内响应，次日内修复；三级故障在下一版本中修复。
P:7.3 一级故障响应每超时1小时，乙方支付违约金800元；月度可用率每低于约定值0.01个百分点，乙方支付违约金1,500元，甲方可从应付款项中直接扣除。
P:7.4 乙方应于每月初向甲方提交上月运行报告，内容包括可用率统计、故障处理记录、安全巡检结果及优化建议；重大活动及新邮发行首日期间，乙方应安排专人现场值守。
H:第八条 数据安全
P:8.1 平台中的用户注册信息、订单信息、设计作品及业务数据均属于甲方所有。乙方仅可为履行本合同使用，不得复制、留存或用于其他任何目的。
P:8.2 乙方应落实网络安全等级保护第二级要求，对个人信息加密存储，运维操作经堡垒机进行并留存日志。发生数据泄露或安全事件的，乙方应在2小时内报告甲方并采取补救措施，因乙方原因造成的损失由乙方全额赔偿。
H:第九条 保密
P:9.1 乙方对在履行本合同过程中知悉的甲方工作秘密、内部资料及用户个人信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条义务不因合同终止而失效。
H:第十条 知识产权
P:10.1 乙方为本项目定制开发的模块、接口程序、源代码、设计文档及其他成果的知识产权归甲方所有，甲方有权自行修改、使用及许可他人使用。
P:10.2 平台标准软件的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。乙方保证所交付成果不侵犯任何第三方的合法权益。
H:第十一条 分包
P:11.1 乙方不得转包本项目。乙方可将明信片样张印制、现场网络布线等非主体、非关键性工作分包给具备相应能力的单位，但应提前书面告知甲方分包单位名称及分包内容；乙方对分包单位的工作向甲方承担全部责任。
H:第十二条 违约责任
P:12.1 乙方逾期完成交付或验收的，每逾期一日，应按合同总价的万分之二向甲方支付违约金。
P:12.2 乙方交付成果不符合合同约定且经整改仍不合格的，甲方有权拒收并要求乙方退还已付款项。
P:12.3 甲方无正当理由逾期付款的，按逾期付款金额及同期贷款市场报价利率向乙方支付利息。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:13.2 因不可抗力致使合同目的不能实现的，任何一方均可解除本合同。
P:13.3 合同解除后，乙方应在10日内移交已完成的开发成果、源代码及甲方全部数据，并配合甲方完成平台交接。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 因地震、洪水、疫情等不可抗力不能履行合同的，受影响方应及时通知对方，并在合理期限内提供证明，双方可协商延期履行。
P:15.2 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:15.3 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：江城市邮政管理局　　　　乙方（盖章）：杭州邮韵数字科技有限公司
P:签订日期：2027年3月　日
"""

H936Z02 = """
T:生产线控制系统改造项目合同
P:合同编号：HX-SB-2027-006
P:甲方：义乌华杏文具笔袋有限公司
P:乙方：宁波智拓自动化工程有限公司
P:甲方拟对其裁切、缝纫、印花及包装四条笔袋生产线的控制系统进行改造，以提高产线自动化水平和质量追溯能力。乙方具备相应的工业自动化集成能力。双方经友好协商，订立本合同，共同遵守。
H:一、改造范围
P:（一）拆除四条生产线原有继电器控制柜，更换为PLC控制系统，对裁切机、自动缝纫单元和印花机的驱动部分进行伺服化改造。
P:（二）在缝纫及印花工位加装视觉检测单元，实现跳线、漏针、印花偏移等缺陷的自动识别与剔除。
P:（三）部署产线数据采集及监控软件，实现设备状态、产量、良品率和停机原因的实时采集、看板展示与报表统计，并与甲方现有ERP系统对接工单与产量数据。
P:（四）完成PLC程序及HMI画面的编制、设备安装、单机及联动调试、试生产保障和操作维护培训。
P:（五）改造完成后，乙方应提交电气原理图、接线图、程序备份、设备清单及说明书等竣工资料各两套，并提供电子版。
H:二、合同价格
P:（一）本合同总价为人民币1,530,000元（含13%增值税），明细如下：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制器及扩展模块|4套|418,000
TB:2|伺服驱动器及电机改造套件|4套|356,000
TB:3|HMI触摸屏|8台|84,000
TB:4|视觉检测单元（含工业相机、光源、工控机）|6套|226,000
TB:5|工业交换机及网络设备|1批|62,000
TB:6|产线数据采集及监控软件许可（永久）|1套|188,000
TB:|软硬件小计||1,334,000
TB:7|安装调试及试生产保障|1项|118,000
TB:8|PLC程序及HMI画面编制|1项|64,000
TB:9|操作维护培训|1项|14,000
TB:|合计||1,530,000
P:（二）上述价格为固定价格，包含设备、软件、运输、保险、安装、调试及税费，甲方不再另行支付其他费用。
H:三、付款方式
P:（一）合同生效后10个工作日内，甲方支付合同总价的25%作为预付款。
P:（二）全部设备到货并安装完毕后10个工作日内，甲方支付合同总价的50%。到货安装不视为验收。
P:（三）系统通过最终验收后10个工作日内，甲方支付合同总价的25%。
P:（四）乙方每次收款前应向甲方开具等额增值税专用发票。
H:四、工期安排
P:（一）乙方应在合同生效后45日内完成全部设备到货，60日内完成安装及单机调试。
P:（二）为减少停产损失，改造按生产线逐条进行，每条线停机时间不超过甲方书面确认的停机窗口。
P:（三）乙方应在进场前提交施工方案、人员名单、进度计划及安全措施，经甲方确认后实施。施工期间乙方应遵守甲方厂区安全生产、消防及用电管理规定，因乙方施工造成人员伤害或财产损失的，由乙方负责。
H:五、双方义务
P:（一）甲方应提供现场施工条件、电源、压缩空气及必要的停机时间，提供原有设备图纸和ERP接口所需的技术资料，并指定项目联系人。
P:（二）乙方应保证所供设备为全新、原厂正品，具有合格证及出厂检验报告；主要元器件的品牌和型号以投标技术方案为准，未经甲方同意不得替换。
P:（三）乙方应对甲方的操作工、班组长及设备维护人员进行分层培训，培训合格后方可独立操作，并提交培训记录及操作维护手册。
H:六、验收
P:（一）验收标准：各生产线连续试生产15个工作日，设备无重大故障；视觉检测单元对样本缺陷的检出率不低于98%，误剔率不高于2%；监控软件采集数据与设备实际计数一致；ERP接口工单及产量数据传输无差错；改造后单线产能不低于改造前。
P:（二）试生产结束后，乙方提交验收申请及竣工资料，甲方组织验收并出具书面验收报告。
P:（三）设备投入生产使用不视为验收合格。验收不合格的，乙方应在10日内整改后重新验收。
H:七、质量保证与维保
P:（一）质保期为十八个月，自最终验收合格之日起计算。质保期内乙方免费维修或更换因质量问题损坏的设备部件，免费提供软件缺陷修复及升级。
P:（二）质保期满后，乙方按年度向甲方提供维保服务，内容包括备品备件更换、易损件更换、每月一次驻场巡检、程序优化及7×24小时故障支持。维保费为软硬件小计的28%，即每年人民币373,520元，维保服务期内该价格不作上调。
P:（三）故障响应：一级故障（整条生产线停机）乙方应在1小时内响应，3小时内到达现场；二级故障（单台设备故障）2小时内响应，次日内修复。
P:（四）一级故障每超时1小时到场，乙方向甲方支付500元；二级故障未按期修复的，每日支付300元。上述款项甲方可从应付款或维保费中扣除。
P:（五）乙方应在甲方厂区常备伺服驱动器、PLC模块、工业相机等关键备件，并每季度提交设备运行分析报告，列明故障统计、易损件更换情况及改进建议。
H:八、数据与网络安全
P:（一）生产线采集的工艺参数、产量、质量数据及甲方ERP数据均属于甲方，乙方不得复制、留存或用于本合同以外的任何用途。
P:（二）乙方远程维护须经甲方审批，通过甲方提供的VPN账号进行，操作全程记录。乙方应对控制系统设置访问控制，不得预留后门。因乙方原因造成数据泄露、篡改或生产系统遭受网络攻击的，乙方应在2小时内通知甲方，并承担由此造成的损失。
P:（三）项目结束时，乙方应向甲方移交全部账号、密码及配置备份，并删除其持有的甲方数据副本。
H:九、保密
P:乙方对在项目实施中获知的甲方产品设计、工艺参数、客户及经营信息负有保密义务，未经甲方书面同意不得向第三方披露，保密期限至上述信息公开之日止。
H:十、知识产权
P:乙方为本项目编制的PLC程序、HMI画面、ERP接口程序及其源代码的知识产权归甲方所有，甲方可自行修改和使用。监控软件产品本身的知识产权仍属于乙方，甲方享有永久使用权。
H:十一、分包
P:乙方如需将电气安装工作分包，应事先取得甲方书面同意，并对分包方的工作承担全部责任。
H:十二、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一支付违约金。
P:（二）因乙方原因造成甲方停产超出约定停机窗口的，乙方应赔偿甲方由此产生的直接损失。
P:（三）乙方所供设备或软件侵犯第三方知识产权的，由乙方负责处理并承担全部责任，甲方因此遭受的损失由乙方赔偿。
P:（四）乙方在本合同项下的赔偿责任总额以合同总价的150%为限，但因乙方故意或重大过失造成的损失除外。
H:十三、合同解除
P:（一）乙方严重违约，经甲方书面通知后10日内仍未纠正的，甲方有权解除本合同，乙方应退还已收款项并赔偿损失。
P:（二）乙方逾期交货或逾期完成调试超过20日，或改造后生产线经两次整改仍不能通过验收的，甲方有权解除合同，乙方应自行拆除所供设备并恢复原有控制系统的运行。
H:十四、争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交金华仲裁委员会按其仲裁规则仲裁。
H:十五、其他
P:（一）因不可抗力导致工期延误的，工期相应顺延，受影响方应及时书面通知对方。
P:（二）本合同附件包括设备技术规格表、施工方案及培训计划，与本合同具有同等效力。
P:（三）本合同一式四份，双方各执两份，经双方签字盖章后生效。
P:甲方（盖章）：__________　　乙方（盖章）：__________
P:日期：2027年4月　日
"""

H936Z03 = """预约及会员管理SaaS服务合同

合同编号：YLQ-IT-2027-03

甲方：广州渔乐趣文化体验连锁有限公司
乙方：深圳云栈信息技术有限公司

鉴于甲方在华南地区经营35家抓鱼体验门店，需要统一的线上预约、核销、会员及营销管理系统；乙方拥有“云栈预约”SaaS平台。双方经协商一致，就乙方向甲方提供SaaS服务及实施服务事宜订立本合同。

1. 服务内容
1.1 乙方向甲方35家门店提供云栈预约SaaS平台的订阅服务，包括：微信小程序及抖音团购预约、场次与池位管理、门票及套餐核销、会员储值与积分、优惠券营销、门店经营报表及总部数据看板。
1.2 实施服务：乙方负责平台开通与参数配置、35家门店的场次和价格配置、收银及闸机设备对接、甲方原会员系统约二十一万条会员数据及储值余额的迁移、小程序页面按甲方品牌形象定制，以及对总部和门店人员的培训。
1.3 培训服务：乙方应为总部运营、财务人员提供集中培训，为每家门店店长及收银员提供不少于一次的现场或视频培训，并提供操作手册和常见问题指引。
1.4 服务期为两个服务年度。首个服务年度自上线验收合格之日起算，第二个服务年度自首个服务年度届满次日起算。

2. 费用
2.1 订阅服务费按门店计收，每店每个服务年度9,600元，35家门店每个服务年度合计336,000元，两个服务年度合计672,000元。
2.2 实施费为一次性费用118,000元。
2.3 本合同总价为790,000元（含6%增值税）。合同期内新增门店的，按每店每个服务年度9,600元按月折算计费。
2.4 短信、支付通道手续费由第三方按实际发生额另行收取，不计入本合同总价。

3. 付款
3.1 实施费在上线验收合格后10个工作日内一次性支付。
3.2 每个服务年度的订阅服务费在该服务年度开始后10个工作日内支付。
3.3 乙方应在收款前开具合规的增值税专用发票。
3.4 合同期内新增门店的订阅服务费按季度结算，随下一季度初的对账单一并支付，不另行预收。

4. 双方责任
4.1 甲方应指定总部项目负责人及各门店联系人，按乙方实施计划提供门店信息、价格体系、原会员数据及设备接口资料，并对配置结果及时确认。
4.2 乙方应为甲方配备专属客户成功经理一名，负责需求对接、培训及服务协调；营业时间内（每日9点至22点）提供电话及在线客服支持，节假日不停歇。
4.3 乙方对平台功能进行版本升级的，应提前7日通知甲方，不得降低本合同约定的功能和性能；涉及门店操作变化的，应提供培训或操作说明。
4.4 甲方门店关闭或迁址的，可提前30日书面通知乙方，该门店剩余服务期的订阅服务费可转用于新开门店。

5. 实施与上线验收
5.1 乙方应在合同签订后45日内完成全部实施工作，并提交上线验收申请。
5.2 验收标准：35家门店全部开通并完成场次、价格配置；预约、核销、退款及储值消费全流程测试通过；迁移的会员数据及储值余额经甲方逐店抽查核对一致；收银及闸机对接连续运行7日无差错；小程序在周末高峰期500人同时预约时页面响应不超过2秒。
5.3 甲方在收到验收申请后7个工作日内组织验收，验收合格的出具书面确认。门店试用或甲方开始营业使用不视为验收合格。
5.4 因乙方原因未能在约定期限内完成上线验收的，每逾期一日，乙方向甲方支付违约金600元。

6. 服务水平
6.1 平台月度可用率不低于99.5%。计划内维护应安排在每日凌晨1点至6点之间，并提前48小时通知甲方。
6.2 故障分级及响应：一级故障（预约、核销或支付功能全部或大面积不可用）15分钟内响应，1小时内恢复或提供替代方案；二级故障（部分门店或部分功能异常）1小时内响应，8小时内解决；三级故障（咨询及一般问题）在下一个工作日内答复。
6.3 服务补偿：月度可用率每低于约定值0.1个百分点，乙方按当月订阅服务费的5%向甲方提供服务抵扣；一级故障每超时1小时恢复，抵扣当月服务费的2%。当月抵扣合计不超过当月订阅服务费。
6.4 乙方每月5日前向甲方提交上月服务报告，内容包括可用率、故障记录、工单处理情况。
6.5 法定节假日、暑期及甲方提前通知的大型促销活动期间，乙方应提前进行扩容和压力测试，并安排技术人员值守。

7. 数据与安全
7.1 甲方会员信息、预约及交易记录、门店经营数据等均属于甲方所有。乙方仅为向甲方提供本合同服务之目的处理上述数据，不得用于其他任何用途，不得向第三方提供。
7.2 乙方平台应通过网络安全等级保护第三级测评，数据存储于中国境内，个人信息加密存储、分级授权访问，操作留痕。
7.3 发生数据泄露、毁损或丢失的，乙方应在24小时内通知甲方，立即采取补救措施并配合甲方履行通知监管部门和会员的义务；因乙方原因造成的损失由乙方赔偿。
7.4 乙方员工访问甲方数据须经甲方授权，仅限处理工单所需的最小范围，乙方应定期审计访问记录。
7.5 服务期满或合同解除后30日内，乙方应按甲方要求以通用格式导出并移交全部数据，移交完成后删除平台中的甲方数据并出具书面证明。

8. 保密
8.1 双方对因本合同获知的对方商业秘密、经营数据和技术资料负有保密义务，未经对方书面同意不得披露给第三方。保密义务在合同终止后三年内继续有效。

9. 知识产权
9.1 云栈预约平台及其软件的知识产权归乙方所有。
9.2 乙方为甲方定制的小程序页面设计、品牌素材、营销活动模板及报表样式的知识产权归甲方所有，甲方可自行修改和使用，或交由第三方继续开发。

10. 续期
10.1 服务期届满前30日，任何一方未书面提出不续期的，本合同自动续期一个服务年度，续期次数不限。
10.2 续期时，乙方有权根据市场情况上调订阅服务费，上调幅度不超过上一服务年度费用的8%，乙方应在续期前以电子邮件通知甲方调整后的价格。

11. 责任限制
11.1 乙方在本合同项下的累计赔偿责任，不超过索赔事件发生前六个月内甲方已向乙方支付的订阅服务费总额。
11.2 任何一方均不对对方的间接损失、利润损失承担责任，但违反本合同第7条、第8条的除外。

12. 分包
12.1 未经甲方书面同意，乙方不得将本合同项下的实施服务或运维服务分包给第三方。

13. 合同解除
13.1 一方严重违约，经另一方书面催告后15日内仍未改正的，守约方有权书面通知解除本合同。
13.2 平台连续两个月可用率低于约定值的，甲方有权解除合同，乙方应退还未使用期间的订阅服务费。

14. 争议解决
14.1 本合同适用中华人民共和国法律。
14.2 因本合同引起的争议，双方应友好协商；协商不成的，提交广州仲裁委员会仲裁。

15. 不可抗力
15.1 因自然灾害、公共卫生事件、政府行为或基础电信网络大面积中断等不可抗力导致不能履行的，受影响方在不可抗力影响范围内免责，但应及时通知对方并采取合理措施减少损失；云服务商机房故障不属于不可抗力。

16. 其他
16.1 本合同一式两份，双方各执一份，自双方盖章之日起生效。
16.2 附件：门店清单、功能清单、实施计划。

甲方（盖章）：                    乙方（盖章）：
日期：2027年5月  日               日期：2027年5月  日
"""

H936Z04 = """苍梧市档案局档案库房温湿度监测系统运维服务合同

项目编号：CWDA-CS-2026-09（竞争性磋商）
甲方（采购人）：苍梧市档案局
乙方（成交供应商）：南宁恒湿智控科技有限公司

根据苍梧市档案局档案库房温湿度监测系统运维服务项目竞争性磋商文件、乙方响应文件及成交通知书，为保障档案库房环境监测系统稳定运行和馆藏档案安全，双方经协商一致，签订本合同。

第一条 服务对象与范围
（一）服务对象：甲方新馆及老馆共14间档案库房的温湿度监测系统，包括182个温湿度测点传感器、26台数据采集器、监测服务器及监测管理软件、短信及声光报警装置、与恒温恒湿空调机组的联动控制模块。
（二）服务内容：日常巡检与预防性维护（含传感器清洁、通信线路检查和采集器电池更换）；传感器年度校准；故障诊断与修复；备品备件供应；监测软件缺陷修复与配置优化；数据备份与恢复演练；汛期、梅雨季及重大活动期间的保障；运维档案管理。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期满本合同自然终止，不自动续期；甲方如需继续采购，另行依法组织采购。

第三条 合同价款
（一）本合同总价为人民币268,000元，为固定总价，包括人工、交通、校准、备件、工具、税费等全部费用。
（二）价款构成：巡检及维护服务148,000元；传感器校准54,600元；备品备件42,000元；应急保障23,400元。

第四条 付款方式
（一）运维服务费按季度支付，每季度67,000元。
（二）每季度结束后，甲方按第七条对乙方服务进行季度考核，考核合格后15个工作日内支付该季度服务费；有扣款的，从当季服务费中扣减后支付。
（三）本合同不设预付款。
（四）乙方应在每次付款前提供合规发票及当季考核确认单；甲方按财政资金支付流程付款。

第五条 服务要求
（一）巡检：乙方每周对各库房测点数据进行远程核查，每月现场巡检一次，检查传感器、采集器、报警装置及通信线路，填写巡检记录并由甲方库房管理人员签字确认。
（二）校准：乙方应在2027年6月底前委托具有资质的计量机构对全部传感器完成校准，出具校准证书；超差传感器应及时更换。
（三）系统可用性：监测系统月度可用率不低于99.95%，监测数据采集间隔不大于5分钟，数据缺失时段应在运维报告中说明原因。
（四）故障分级与响应：
1. 一级故障：监测服务器或软件瘫痪、整间库房监测中断、报警功能失效。乙方应在30分钟内响应，2小时内到达现场，6小时内恢复监测或提供临时监测措施。
2. 二级故障：单个测点或采集器故障、数据传输异常。乙方应在1小时内响应，次个工作日内修复。
3. 三级故障：一般软件问题和咨询。乙方应在2个工作日内处理完毕。
（五）乙方应指定驻地运维工程师一名及后备工程师一名，保持通讯畅通，人员变更须提前书面征得甲方同意。
（六）报告：乙方每月5日前提交上月运维报告，每季度提交环境数据分析报告，服务期末提交总结报告。
（七）备品备件：乙方应在甲方现场储备不少于测点总数一成的传感器及两台采集器作为备件，备件出入库应登记；更换下的故障设备由乙方检测后出具报告。
（八）应急保障：汛期、梅雨季及台风预警期间，乙方应每日查看各库房温湿度曲线，发现超限趋势即通知甲方并协助调节空调机组；重大活动及档案开放日，乙方应安排工程师现场值守。
（九）软件维护：乙方负责监测软件的缺陷修复、告警阈值和联动策略的配置优化、操作系统和数据库补丁的评估与安装；每季度进行一次数据备份恢复演练并记录结果。

第六条 甲方义务
（一）甲方应为乙方运维人员办理出入库房的审批手续，提供必要的工作场所和网络接入条件。
（二）甲方应指定专人负责服务对接、巡检记录签认和考核，并及时向乙方通报库房调整、设备新增或空调机组检修等情况。

第七条 验收与考核
（一）服务启动验收：乙方应在服务期开始后10日内完成系统现状检测、备件入库及运维文档建档，经甲方确认后服务正式启动。
（二）季度考核标准：巡检记录完整、按时；故障均按第五条时限响应和处理；月度可用率达标；月度报告按期提交；无因乙方原因导致的档案安全事件。
（三）服务期末，甲方依据校准证书、巡检及故障处理记录、四个季度的考核结果进行终期验收，出具书面验收意见。
（四）考核不合格的，乙方应在10日内整改，整改后重新考核。

第八条 服务水平违约扣款
（一）一级故障响应或到场每超时1小时，扣减当季服务费1,000元；二级故障每超时1日，扣减500元。
（二）月度可用率每低于约定值0.01个百分点，扣减当季服务费800元。
（三）未按期完成传感器校准的，每逾期一日，按合同总价的千分之一向甲方支付违约金。乙方未按期进场启动服务的，同样按此标准计付违约金。

第九条 数据安全
（一）监测数据、库房布局、设备配置及运维记录属于甲方所有，乙方不得复制、外传或用于本合同以外的任何目的。
（二）乙方运维须在甲方内网进行，远程维护须经甲方批准并通过堡垒机接入，全程记录；乙方不得在监测系统中留存任何账户后门。
（三）发生数据丢失、篡改或系统被入侵的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成损失的，由乙方承担赔偿责任。

第十条 保密
乙方及其人员对在服务过程中接触的档案信息、库房位置、安防布局及甲方内部资料负有保密义务，应签署保密承诺书，不得以任何形式向第三方泄露，不得拍摄、抄录库房内档案及设施。保密义务在合同终止后继续有效。

第十一条 知识产权
乙方在服务中形成的运维文档、配置文件、巡检记录及数据分析报告归甲方所有，甲方可自由使用和修改。

第十二条 转包与分包
乙方不得将本合同服务转包或分包。传感器校准由计量机构出具证书，不视为分包，但乙方对校准工作的组织和结果负责。

第十三条 违约责任与合同解除
（一）乙方违反本合同约定的，应承担继续履行、采取补救措施或赔偿损失等违约责任。
（二）乙方连续两个季度考核不合格，或因乙方原因导致档案受损的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
（三）乙方严重违约且经甲方书面催告后10日内仍未改正的，甲方有权解除合同。
（四）合同解除或服务期满时，乙方应在7日内向甲方或甲方指定的新服务商移交全部运维文档、账号密码、备件清单及未了事项，并配合完成交接，不得以任何理由拖延或中断监测服务。

第十四条 法律适用与争议解决
本合同适用中华人民共和国法律。双方因本合同发生争议的，应协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。

第十五条 不可抗力
因不可抗力不能履行合同的，受影响方应及时通知对方并在合理期限内提供证明，双方协商延期履行或解除合同。

第十六条 其他
（一）磋商文件、响应文件、成交通知书为本合同的组成部分。
（二）本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：苍梧市档案局              乙方（盖章）：南宁恒湿智控科技有限公司
法定代表人或授权代表：                  法定代表人或授权代表：
签订日期：2026年12月  日
"""

H936Z05 = """# 织云工序跟踪系统软件许可及定制开发合同

> 织云软件标准合同文本 V3.0（乙方格式合同）

合同编号：ZY-HT-2027-0412

甲方：保亭锦绣黎家黎锦工作室

乙方：海口织云软件科技有限公司

甲方因黎锦生产管理需要，向乙方采购织云工序跟踪系统软件许可及定制开发服务。双方在平等自愿的基础上，经协商一致，签订本合同。

## 第一条 项目内容

1.1 乙方向甲方提供织云工序跟踪系统标准版软件许可一套（20个用户），用于记录从纺线、染色、织造、刺绣到成品检验的各道工序。

1.2 乙方根据甲方需求进行定制开发，包括：黎锦纹样图库及纹样编码管理、织娘工序扫码报工、订单与工序节点追溯、非遗传承人作品档案、手机端进度查询小程序，以及面向游客和采购商的成品溯源二维码页面。定制功能以乙方出具的需求确认书为准。

1.3 乙方负责系统部署、基础数据初始化及甲方人员的操作培训。培训为一次性集中培训，时长两天，超出部分按乙方人天单价另行计费。

1.4 系统部署于乙方推荐的公有云服务器，云服务器及短信费用由甲方另行向云服务商购买，不包含在本合同价款内。

1.5 本合同未列明的功能需求，均视为需求变更，乙方可按变更工作量另行报价，甲方确认后实施。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 织云工序跟踪系统标准版软件许可（20用户） | 96,000 |
| 2 | 定制开发（纹样图库、扫码报工、订单追溯、作品档案、小程序） | 148,000 |
| 3 | 部署及培训 | 16,000 |
| | 合计 | 260,000 |

合同总价为人民币贰拾陆万元整（¥260,000），含税。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的65%，即169,000元。乙方收到该款项后启动项目。

3.2 系统上线运行后5个工作日内，甲方支付合同总价的35%，即91,000元。

3.3 乙方在收到每笔款项后10个工作日内向甲方开具增值税普通发票；甲方需要专用发票的，应提前书面告知开票信息。

3.4 甲方逾期付款的，每逾期一日，应按逾期金额的千分之二向乙方支付违约金，乙方有权暂停服务直至甲方付清全部款项。

## 第四条 项目实施

4.1 乙方计划于收到首笔款项后60个工作日内完成部署及定制开发，具体进度以乙方项目计划为准。

4.2 如因需求变更、甲方资料提供不及时或其他非乙方能控制的原因导致工期延长，乙方不承担责任。

4.3 乙方将尽合理努力按计划交付。因工期延误，甲方可要求乙方调整项目计划、增加实施人员，但不得因此要求乙方支付违约金或赔偿。

4.4 甲方应为乙方提供必要的工作场所、网络环境及业务资料，并指定一名联系人负责项目协调。

4.5 甲方应在乙方提交需求确认书后3个工作日内签字确认，逾期未确认的视为同意。需求确认后，甲方提出的修改均按需求变更处理。

4.6 乙方实施人员以远程方式为主，确需到甲方现场的，差旅费用由甲方承担。

## 第五条 上线与验收

5.1 乙方完成部署后即通知甲方上线。系统上线运行之日，即视为甲方验收合格。

5.2 甲方在上线后发现的问题，乙方在后续维护中予以处理，不影响验收结论及付款。

5.3 甲方如需乙方出具测试报告，乙方可按其标准格式提供。

5.4 甲方在上线后开始录入正式业务数据或使用系统开展生产管理的，亦视为系统已经验收合格。

## 第六条 免费维护

6.1 免费维护期为六个月，自系统上线之日起计算。免费维护期内，乙方提供远程技术支持和软件缺陷修复。

6.2 故障处理：对于系统无法登录、数据无法保存等一级故障，乙方在接到甲方报告后24小时内响应，并尽快安排处理；其他故障在3个工作日内响应。

6.3 乙方将尽力保障系统稳定运行，但不对系统中断、故障处理时间承担任何扣款、赔偿或违约金责任。

6.4 免费维护期内，乙方向甲方推送标准版软件的常规升级；定制功能与新版本不兼容的，乙方可另行收费进行适配。

6.5 免费维护期不包括因甲方操作不当、擅自修改、网络或硬件故障等原因引起的问题，乙方处理上述问题的，另行收费。

## 第七条 后续维护服务

7.1 免费维护期满后，甲方如需继续获得维护服务及版本升级，应与乙方签订年度维护协议。

7.2 年度维护费按乙方当年度公布的服务价格标准收取，乙方有权根据成本变化调整价格。

7.3 甲方未续签维护协议的，乙方不再提供任何技术支持，由此产生的系统问题由甲方自行承担。

## 第八条 知识产权

8.1 织云工序跟踪系统及乙方为本项目定制开发的全部功能模块、小程序、源代码、文档的知识产权均归乙方所有。

8.2 甲方在合同约定的用户数范围内享有非独占、不可转让的使用权，不得对系统进行修改、反编译，不得交由第三方维护或二次开发。

8.3 乙方有权将本项目中开发的通用功能用于其他客户。

8.4 甲方提供的纹样图片、作品照片等素材，甲方保证拥有合法权利，因素材引起的侵权纠纷由甲方自行负责。

## 第九条 数据

9.1 甲方录入系统的纹样、订单、织娘信息及工序记录属于甲方的业务数据。

9.2 乙方应采取访问控制、数据加密、定期备份等措施保障甲方数据安全。发生数据泄露的，乙方应在48小时内通知甲方并采取补救措施，因乙方过错造成的损失由乙方依法承担责任。

9.3 甲方同意，乙方可将甲方数据经脱敏处理后，用于乙方产品优化、行业纹样数据库建设及市场宣传案例，此项使用无需另行支付费用，在合同终止后仍可继续使用。

9.4 合同终止后，甲方可在30日内申请导出其业务数据，乙方按其收费标准提供导出服务；逾期未申请的，乙方有权删除。

## 第十条 保密

10.1 双方对在合作中获知的对方商业秘密、技术资料负有保密义务，未经对方书面同意不得向第三方披露，但依法律规定或本合同第9.3条约定使用的除外。

10.2 甲方不得向第三方披露乙方的软件界面、技术方案、报价及本合同条款。保密义务在合同终止后两年内有效。

## 第十一条 责任限制

11.1 乙方在本合同项下承担的全部赔偿责任总额，以合同总价的50%为限。

11.2 乙方不对甲方的间接损失、利润损失、数据损失及商誉损失承担责任。

## 第十二条 合同解除

12.1 合同履行期间，任何一方不得无故单方解除合同。一方严重违约，经另一方书面通知后30日内仍未纠正的，守约方有权解除本合同。

12.2 合同解除的，甲方已支付的款项不予退还，但乙方严重违约导致解除的除外。

12.3 甲方逾期付款超过60日的，乙方有权解除合同，并有权停止甲方对系统的使用。

## 第十三条 争议解决

13.1 双方因本合同发生争议，应友好协商；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十四条 其他

14.1 本合同自双方签字盖章且乙方收到首笔款项之日起生效。

14.2 因不可抗力、电信网络故障、云服务商故障、黑客攻击等原因造成系统中断或数据丢失的，乙方不承担责任。

14.3 本合同为乙方标准合同文本，双方另有约定的，以补充协议为准。

14.4 本合同一式两份，双方各执一份。

甲方（签章）：＿＿＿＿＿＿　　乙方（签章）：＿＿＿＿＿＿

日期：2027年6月　日
"""

H936E01 = """
T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. FJS-CN-2027-031
P:This Software Licence and Services Agreement (the "Agreement") is made between Zhoushan Haixing Ship Repair Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Zhoushan, Zhejiang Province (the "Buyer"), and Fjordsoft Marine Systems AS, a company incorporated in Norway with its registered office at Strømsø, 3044 Drammen, Norway (the "Vendor").
P:The Buyer operates dry docks and repair berths and wishes to plan and track hull, machinery and class-survey work with the Vendor's DockPlan software. The Vendor has agreed to grant a perpetual licence to DockPlan and to configure, integrate and introduce it on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the DockPlan maintenance and dock planning software in the version stated in Annex 1, including its documentation and all updates delivered under this Agreement.
P:1.2 "Custom Deliverables" means the configurations, work-package templates, report layouts, interface programs and migration scripts prepared by the Vendor specifically for the Buyer, together with their source code and documentation.
P:1.3 "Buyer Data" means all data entered into, processed by or generated in the Software in the course of the Buyer's business, including vessel records, customer data, drawings, survey findings and cost records.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Article 5.4 that the system meets the acceptance criteria.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, irrevocable licence to install and use the Software on the Buyer's own servers in Zhoushan for up to 40 named users and two server instances (one production, one test), for the Buyer's own business and that of its affiliates in mainland China.
P:2.2 The Vendor shall configure the Software to the Buyer's dock, berth and workshop structure, build the work-package templates and cost reports listed in Annex 2, and develop interfaces to the Buyer's ERP system (purchase orders, materials and timesheets) and document management system.
P:2.3 The Vendor shall migrate the records of the last six years of repair projects from the Buyer's legacy spreadsheets and database, and train key users, planners and system administrators.
H:Article 3 Contract Price
P:3.1 The total Contract Price is CNY 1,682,000, fixed and inclusive of all taxes, travel and expenses, made up of: Software licence fee CNY 1,180,000; configuration and interfaces CNY 364,000; data migration CNY 96,000; training CNY 42,000.
P:3.2 The Contract Price covers everything the Vendor must do to deliver a working system as described in Annex 2. No further charge applies unless the Buyer orders a change in writing under Article 4.4.
H:Article 4 Delivery and Project Plan
P:4.1 The Vendor shall deliver and install the Software within 45 days after signature and complete configuration, interfaces and migration within 150 days after signature, following the project plan in Annex 3.
P:4.2 The Vendor shall appoint a project manager who speaks English and has led at least two comparable implementations, and shall not replace key staff without the Buyer's consent, which shall not be unreasonably withheld.
P:4.3 The Buyer shall provide server hardware, network access, a project office at its site, and timely decisions and information.
P:4.4 Either party may propose changes. A change takes effect only when both parties sign a change order stating its effect on price and time.
H:Article 5 Acceptance
P:5.1 On completion of installation the Vendor shall issue an Installation Certificate, which records that the Software is installed and does not mean acceptance.
P:5.2 The Buyer shall run acceptance tests under the test plan in Annex 4. The acceptance criteria are: every function in Annex 2 passes its test case; migrated project records reconcile with the source data on totals and on a sample of at least 300 records chosen by the Buyer; the ERP and document interfaces run for ten consecutive working days without an unresolved error; standard planning screens open within three seconds with 40 concurrent users; and no Severity 1 or Severity 2 defect is open.
P:5.3 After successful tests the system enters a trial run of 45 days in live use. Any Severity 1 defect during the trial run restarts it after the fix.
P:5.4 Final Acceptance occurs only when the Buyer signs the acceptance certificate after the trial run. Live use, payment or the Installation Certificate do not amount to acceptance. If tests fail, the Vendor shall remedy the defects within 15 days at its own cost and the tests are repeated.
H:Article 6 Payment
P:6.1 The Buyer shall pay 20% of the Contract Price (CNY 336,400) within 30 days after signature against the Vendor's invoice.
P:6.2 The Buyer shall pay 45% of the Contract Price (CNY 756,900) within 30 days after the Installation Certificate and completion of the data migration.
P:6.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 588,700) within 30 days after Final Acceptance.
P:6.4 All payments are made in CNY by bank transfer to the account named in the invoice. The Vendor shall issue valid invoices in accordance with PRC tax requirements through its agent in China.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Software and Custom Deliverables will perform materially in accordance with Annex 2 and the documentation for 18 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, provide updates and new versions, and give remote and on-site support free of charge.
P:7.2 Support response times during the Warranty Period: Severity 1 (the system is down or planning of docked vessels cannot continue) response within 1 hour and a fix or workaround within 8 hours; Severity 2 (a major function is impaired) response within 2 hours and a fix within 2 working days; Severity 3 (other defects and questions) response within one working day.
P:7.3 For each full hour by which a Severity 1 response or workaround is late, the Vendor shall pay CNY 1,000, which the Buyer may deduct from any amount due.
P:7.4 After the Warranty Period, the Buyer may order annual support at 11% of the Software licence fee, that is CNY 129,800 per year. This fee is fixed for the first three support years after the Warranty Period. Support continues only if the Buyer places an order for each year; there is no automatic renewal.
H:Article 8 Intellectual Property
P:8.1 The Software remains the property of the Vendor and its licensors.
P:8.2 All intellectual property rights in the Custom Deliverables vest in the Buyer on creation. The Vendor shall hand over their source code and documentation at Final Acceptance. The Buyer may use, modify and license them freely, including to third parties that support the Buyer.
P:8.3 The Vendor shall defend the Buyer against any claim that the Software or Custom Deliverables infringe third-party rights and indemnify the Buyer for resulting losses.
H:Article 9 Buyer Data and Data Security
P:9.1 Buyer Data belongs to the Buyer. The Vendor may access and use Buyer Data only to perform this Agreement and shall not copy it, keep it or use it for any other purpose.
P:9.2 The Vendor shall access the Buyer's systems only through the Buyer's VPN and bastion host with named accounts approved by the Buyer for each session. No Buyer Data may leave the Buyer's premises without its written approval. The Vendor shall comply with PRC laws on cybersecurity, data security and personal information.
P:9.3 The Vendor shall notify the Buyer within 12 hours after becoming aware of any security incident affecting Buyer Data, cooperate in containing it, and bear the losses caused by its breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party, including drawings, customer lists and commercial terms, and use it only for this Agreement. This obligation survives termination for three years.
H:Article 11 Delay Damages and Liability
P:11.1 If the Vendor fails to achieve Final Acceptance by the date in the project plan for reasons attributable to it, the Vendor shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 The Vendor's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to personal injury, wilful misconduct, infringement under Article 8.3, or breach of Articles 9 and 10.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of its obligations without the Buyer's prior written consent and remains responsible for the work of any approved subcontractor.
H:Article 13 Termination
P:13.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 20 days after written notice, or if delay damages reach their maximum.
P:13.2 On termination by the Buyer under Article 13.1, the Vendor shall refund the amounts paid for work not accepted and hand over all Custom Deliverables completed so far.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of Norway.
P:14.2 Any dispute arising out of or in connection with this Agreement shall be settled by the Norwegian courts, with Oslo District Court (Oslo tingrett) as the agreed venue.
H:Article 15 General
P:15.1 Neither party is liable for failure to perform caused by force majeure, provided it notifies the other party promptly and uses reasonable efforts to resume performance.
P:15.2 This Agreement is made in English in two originals. Annexes 1 to 4 form part of it. Amendments must be in writing and signed by both parties.
P:Annex 1: Software and version. Annex 2: Functional specification. Annex 3: Project plan. Annex 4: Acceptance test plan.
P:For the Buyer: ____________________    For the Vendor: ____________________
P:Date: ____________________    Date: ____________________
"""

H936E02 = """# CarbonLedger Subscription Order Form

**Order Form No.** NCL-2027-0188
**Provider:** Norrsken Carbon Analytics AB, Kanalgatan 61, 931 31 Skellefteå, Sweden ("Provider")
**Customer:** Changzhou Xinyuan Power Battery Co., Ltd., Wujin District, Changzhou, Jiangsu Province, People's Republic of China ("Customer")

This Order Form consists of Part A (Order Details) and Part B (General Terms). By signing Part A, the parties agree to both parts. If Part A and Part B conflict, Part A prevails.

## Part A - Order Details

### A1. Service

CarbonLedger is a hosted software service for calculating and reporting the product carbon footprint of battery cells and modules. The subscription covers: supplier data collection portal for up to 150 supplier accounts; bill-of-materials and process-energy models for the Customer's three cell plants; emission-factor library updates; battery passport data export; and reporting for up to 60 named Customer users.

### A2. Subscription Term

The Subscription Term is two Subscription Years. Subscription Year 1 starts on the Go-Live Date confirmed under A5; Subscription Year 2 starts on the first anniversary of that date. The subscription ends at the end of Subscription Year 2. Any renewal requires a new Order Form signed by both parties.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee, Subscription Year 1 | 60 users, 150 supplier accounts, 3 plants | 288,000 |
| Subscription fee, Subscription Year 2 | 60 users, 150 supplier accounts, 3 plants | 288,000 |
| Onboarding (one-time) | configuration, data model set-up, supplier portal launch, training | 64,000 |
| **Total fees for the Subscription Term** | | **640,000** |

Additional supplier accounts may be ordered in blocks of 25 at CNY 9,500 per block per Subscription Year, prorated monthly. Fees are fixed for the Subscription Term and include value-added tax.

### A4. Invoicing and Payment

(a) The onboarding fee is invoiced after the Go-Live Date and payable within 30 days of invoice.
(b) The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year and payable within 30 days of invoice.
(c) Customer pays in CNY to the bank account of Provider's reseller, Shanghai Beiji Digital Technology Co., Ltd., which issues Chinese VAT invoices on Provider's behalf.

### A5. Onboarding and Go-Live

(a) Provider shall complete onboarding by the Target Go-Live Date of 15 September 2027, in line with the onboarding plan in the Annex.
(b) Go-Live acceptance criteria: the carbon footprint of the three reference cell models is calculated and agrees with the Customer's manual calculation within 2 percentage points; the supplier portal has been opened to all 150 supplier accounts and test submissions from 10 suppliers are processed correctly; the bill-of-materials import from the Customer's ERP system has run for five consecutive working days without error; the battery passport export validates against the Customer's template; and all named users have been trained.
(c) Customer shall test within 10 working days after Provider's notice of readiness and either sign the Go-Live certificate or list the failed criteria. The Go-Live Date is the date the certificate is signed. Use of the Service for testing does not amount to acceptance.
(d) If the Go-Live Date is later than the Target Go-Live Date for reasons attributable to Provider, Provider shall pay Customer CNY 500 for each day of delay, deducted from the next invoice.

### A6. Contacts

Provider: Account Manager, Erik Lindqvist, erik.lindqvist@norrsken-carbon.example. Customer: Head of Sustainability, Ms. Zhou Min, zhoumin@xinyuan-battery.example. Notices under this Order Form are sent to these contacts by email and confirmed by letter.

## Part B - General Terms

### 1. Provision of the Service

1.1 Provider shall make the Service available to Customer's authorised users over the internet during the Subscription Term and provide the onboarding described in Part A.
1.2 Provider may improve and modify the Service from time to time, provided that the functions listed in A1 are not materially reduced.
1.3 Customer is responsible for the accuracy of the data it and its suppliers enter, and for keeping user credentials secure.

### 2. Availability and Support

2.1 Provider will use commercially reasonable efforts to keep the Service available at all times, except for planned maintenance announced in the Service portal.
2.2 Support is provided through the online ticket system and by email on Swedish business days, in English. Provider will answer tickets as soon as reasonably practicable, giving priority to issues that prevent use of the Service.
2.3 Provider does not commit to specific availability levels, response times or resolution times, and no service credits apply.

### 3. Customer Data

3.1 "Customer Data" means all data submitted to the Service by Customer, its users and its suppliers, and all results calculated from it, including footprint reports and passport exports.
3.2 Customer Data belongs to Customer. Provider shall process Customer Data only to provide the Service to Customer under this Order Form and shall not use it for any other purpose, including benchmarking, product development or the training of models.
3.3 At the end of the Subscription Term, Provider shall make all Customer Data available for export in CSV and JSON formats for 60 days and then delete it, and confirm the deletion in writing.

### 4. Data Security

4.1 Provider shall host the Service and Customer Data in a data centre located in mainland China operated by Provider's hosting partner, and shall keep appropriate technical and organisational security measures, including encryption in transit and at rest, role-based access control, multi-factor authentication for administrative access, logging of all access to Customer Data and daily backups.
4.2 Provider shall maintain an ISO/IEC 27001 certification for the Service and comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law. Customer Data shall not be transferred outside mainland China.
4.3 Provider shall notify Customer within 24 hours after becoming aware of any unauthorised access to, loss of or alteration of Customer Data, take immediate steps to contain it and provide a written incident report. Provider is responsible for the losses Customer suffers as a result of a security incident caused by Provider's failure to meet this Section 4.

### 5. Acceptable Use and Suspension

5.1 Customer shall not use the Service to store content that is unlawful, attempt to gain unauthorised access to the Service or its networks, or resell access to the Service to third parties other than its suppliers invited through the portal.
5.2 Provider may suspend a user account that is used in breach of 5.1 after notifying Customer and giving it a reasonable opportunity to stop the breach. Provider shall restore access as soon as the breach has ended. Provider shall not suspend the Service as a whole for a payment dispute while the amount is contested in good faith.
5.3 Customer may invite suppliers to the portal. Each supplier account is used only to submit data to Customer, and suppliers cannot see each other's data or Customer's results unless Customer shares them.

### 6. Intellectual Property

6.1 Provider owns the Service, its software and its emission-factor library.
6.2 The calculation models, report templates and passport mappings configured specifically for Customer during onboarding belong to Customer, and Customer may use, modify and pass them to third parties for its own purposes, including after the Subscription Term.

### 7. Subcontracting

7.1 Provider may use its hosting partner named in the Annex. Provider shall not subcontract any other part of the Service or the onboarding without Customer's prior written consent, and remains responsible for all subcontractors.

### 8. Liability

8.1 Each party's aggregate liability under this Order Form is limited to 150% of the total fees stated in A3.
8.2 The limit in 8.1 does not apply to Provider's liability under Section 4 for security incidents, to personal injury, or to wilful misconduct.
8.3 Neither party is liable for indirect or consequential loss, except as stated in 8.2.

### 9. Term and Termination

9.1 This Order Form starts on signature and continues until the end of the Subscription Term.
9.2 Either party may terminate this Order Form by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving written notice describing the breach.
9.3 If Customer terminates under 9.2, Provider shall refund the subscription fees paid for for the remaining part of the Subscription Year and assist with the export of Customer Data under 3.3.
9.4 Customer may also terminate by written notice if the Go-Live Date has not occurred within 60 days after the Target Go-Live Date.

### 10. General

10.1 Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party without delay.
10.2 Neither party may assign this Order Form without the other party's written consent.
10.3 This Order Form is governed by the laws of the People's Republic of China.
10.4 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time of the application. The award is final and binding.
10.5 This Order Form is signed in English in two counterparts.

**Annex:** Onboarding plan; hosting partner; list of reference cell models.

Signed for Provider: ____________________  Name and title: ____________________

Signed for Customer: ____________________  Name and title: ____________________
"""

H936E03 = """
T:PURCHASE CONTRACT FOR WATER-QUALITY SENSORS AND MONITORING SOFTWARE
P:Contract No. QDBH-PUR-2027-022 (Buyer's standard form)
P:Buyer: Qingdao Blue Harbour Aquaculture Co., Ltd., Huangdao District, Qingdao, Shandong Province, People's Republic of China (the "Buyer").
P:Supplier: Kirkenes Marine Sensing AS, Dr. Wessels gate 14, 9900 Kirkenes, Norway (the "Supplier").
P:The Buyer farms fish in offshore net pens in the Yellow Sea and wishes to monitor dissolved oxygen, temperature and salinity in real time. The Supplier manufactures buoy-mounted sensor nodes and the AquaWatch monitoring platform. The parties agree as follows.
H:1. Scope of Supply
P:1.1 The Supplier shall supply 96 sensor nodes, 12 solar-powered gateways and 96 buoy mounting kits, and grant a perpetual site licence to the AquaWatch monitoring platform for the Buyer's farms, installed on the Buyer's servers in Qingdao.
P:1.2 The Supplier shall install and commission all equipment at the Buyer's three farm sites, integrate AquaWatch with the Buyer's automatic feeding control system so that feeding is reduced when oxygen falls below the set limit, and train the Buyer's operators and technicians.
P:1.3 All equipment shall be new, of the models stated in Annex 1, rated for continuous operation in seawater and supplied with calibration certificates.
H:2. Contract Price
P:2.1 The Contract Price is CNY 1,868,000, fixed, inclusive of all taxes, duties, freight to the Buyer's sites, insurance and the Supplier's travel. It is made up as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Sensor node (dissolved oxygen, temperature, salinity)|96|8,600|825,600
TB:2|Solar-powered LTE gateway|12|23,500|282,000
TB:3|Buoy mounting kit|96|1,150|110,400
TB:4|AquaWatch monitoring platform, perpetual site licence|1|368,000|368,000
TB:|Hardware and licence subtotal|||1,586,000
TB:5|Installation and commissioning at three sites|1|176,000|176,000
TB:6|Integration with feeding control system|1|84,000|84,000
TB:7|Operator and technician training|1|22,000|22,000
TB:|Contract Price|||1,868,000
P:2.2 The Contract Price covers all work needed to deliver a complete and working system as specified in Annex 1.
H:3. Payment
P:3.1 The Buyer shall pay 10% of the Contract Price within 20 days after signature, against an advance-payment bank guarantee for the same amount issued by a bank in mainland China.
P:3.2 The Buyer shall pay 55% of the Contract Price within 20 days after all equipment has been delivered and installed at the three sites. Delivery and installation are not acceptance.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price within 20 days after Final Acceptance.
P:3.4 Each payment requires a valid invoice. Payments are made in CNY.
H:4. Delivery
P:4.1 The Supplier shall deliver all equipment to the Buyer's warehouse in Huangdao within 70 days after signature and complete installation and commissioning within 110 days after signature.
P:4.2 Installation at sea depends on weather. Days on which the Buyer's site manager confirms in writing that work at sea is unsafe extend the installation period day for day.
P:4.3 If the Supplier is late in delivery or in reaching Final Acceptance for reasons attributable to it, it shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price. The Buyer may deduct them from any payment.
P:4.4 The Supplier shall supply, with the equipment, a set of spare parts sufficient for two years of normal operation, as listed in Annex 1, and shall keep spare parts for the supplied models available for purchase for at least eight years after Final Acceptance.
P:4.5 Training shall cover daily operation, alarm handling, sensor cleaning and replacement, gateway maintenance and basic administration of AquaWatch, and shall be given at the Buyer's sites in Chinese or with an interpreter provided by the Supplier. The Supplier shall deliver operation and maintenance manuals in Chinese and English, as-built drawings of each site and a list of all user accounts and passwords.
P:4.6 The Supplier shall comply with the Buyer's safety rules for work at sea, provide its staff with suitable protective equipment and insurance, and follow the instructions of the Buyer's boat crews.
H:5. Acceptance
P:5.1 After commissioning, the system shall run for 30 consecutive days. Final Acceptance requires that: every sensor node reports at the configured interval with no more than two gaps longer than 30 minutes per node; dissolved oxygen readings agree with the Buyer's calibrated handheld meter within 0.3 mg/L in a comparison of 20 samples per site; oxygen alarms reach operators by app and SMS within 60 seconds; the feeding control interface reduces feeding in all simulated low-oxygen tests; and all documentation has been delivered.
P:5.2 The Buyer shall sign a Final Acceptance certificate within ten days after the criteria are met. Installation, use of the system or any payment does not amount to acceptance. If the criteria are not met, the Supplier shall remedy the defects at its own cost and the 30-day run is repeated.
H:6. Warranty
P:6.1 The Supplier warrants the equipment and the software for 24 months from Final Acceptance. During this period it shall repair or replace defective equipment free of charge, including shipping, provide software corrections and new versions, and recalibrate the sensor nodes once every six months.
P:6.2 During the warranty period the AquaWatch platform shall have a monthly availability of at least 99.95%, excluding maintenance agreed with the Buyer in advance.
P:6.3 Fault response during the warranty period:
TB:Severity|Description|Response|Restoration
TB:Severity 1|Platform down, or alarms not delivered for a whole site|30 minutes|6 hours
TB:Severity 2|One gateway or several nodes offline|2 hours|3 days
TB:Severity 3|Single node fault or question|1 working day|next service visit
P:6.4 For each hour by which a Severity 1 response or restoration is late the Supplier shall pay CNY 600, and for each 0.01 percentage point of availability below the committed level CNY 1,200, as a service credit deducted from amounts due.
H:7. Support after the Warranty
P:7.1 After the warranty period the Buyer may order annual support at 8.5% of the hardware and licence subtotal, that is CNY 134,810 per year, covering the services in clause 6.1 and the response times in clause 6.3. The fee is fixed for three years after the warranty period. Support is ordered by the Buyer each year and does not renew automatically.
H:8. Buyer Data
P:8.1 All measurements, alarms, farm layouts and feeding data collected or processed by the system are the Buyer's data and belong to the Buyer. The Supplier may use them only to perform this Contract.
P:8.2 The Supplier shall access the Buyer's servers only by remote session approved by the Buyer for each occasion, using accounts with multi-factor authentication, and all actions shall be logged. Gateways shall encrypt data in transit. The Supplier shall notify the Buyer within 12 hours of any security incident affecting the Buyer's data, take remedial action and compensate the Buyer for losses caused by its failure to meet this clause.
H:9. Confidentiality
P:9.1 Each party shall keep confidential the other party's non-public information received under this Contract, including farm locations, production figures and prices, and disclose it only to staff who need it for this Contract. This obligation continues for three years after the end of the Contract.
H:10. Intellectual Property
P:10.1 The AquaWatch platform and the sensor firmware remain the Supplier's property, licensed to the Buyer as stated in clause 1.1.
P:10.2 The feeding control interface, site configurations and alarm rules developed for the Buyer belong to the Buyer, including source code, and the Buyer may modify and use them freely and engage third parties to maintain them.
H:11. Liability
P:11.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price. This limit does not apply to personal injury, damage caused wilfully or by gross negligence, or breach of clauses 8 and 9.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the installation or other work without the Buyer's prior written consent. It remains fully responsible for any approved subcontractor, including its compliance with the Buyer's offshore safety rules.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after written notice, or if the delay damages under clause 4.3 reach their maximum.
P:13.2 On such termination the Supplier shall refund the amounts paid for equipment and services not accepted and collect any rejected equipment at its own cost.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao. The award is final and binding on both parties.
H:15. Final Provisions
P:15.1 Neither party is liable for delay caused by force majeure, provided it notifies the other party promptly and takes reasonable steps to limit the effect.
P:15.2 This Contract is made in English and Chinese in four originals, two for each party. Both languages have equal force. Annex 1 (technical specification) and Annex 2 (installation plan) form part of this Contract.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H936E04 = """# MANAGED NETWORK SERVICES AGREEMENT

**Agreement No.** GIN-MS-2027-07

**Between**

Inner Mongolia Baiyun Open-Pit Mining Co., Ltd., Baiyun Obo, Baotou, Inner Mongolia Autonomous Region, People's Republic of China ("Customer"); and

Gällivare Industrial Networks AB, Malmvägen 8, 982 31 Gällivare, Sweden ("Provider").

**Background.** Customer operates an open-pit iron ore mine with a private LTE network and industrial Wi-Fi that connect its haul trucks, drill rigs, shovels, dispatch system and pit cameras. Provider operates mine networks in northern Sweden and has agreed to take over the day-to-day operation, maintenance and optimisation of Customer's mine network for 36 months on the terms of this Agreement and its Schedules.

## 1. Definitions

1.1 "Services" means the managed network services described in Schedule 1.
1.2 "Service Commencement Date" means the date on which Customer confirms in writing that the transition under Section 3 is complete and the acceptance criteria are met.
1.3 "Term" means 36 months from the Service Commencement Date.
1.4 "Customer Data" means all data of Customer that Provider receives or can access in performing the Services, including network configurations, device inventories, vehicle positions, dispatch data and camera images.
1.5 "Monthly Charge" means the charge stated in Schedule 2.

## 2. Services

2.1 Provider shall provide the Services in accordance with Schedule 1 and the service levels in Schedule 3, using suitably qualified staff.
2.2 Provider shall maintain a resident team of at least three network engineers at the mine, working in shifts, and provide remote support from its network operations centre 24 hours a day, seven days a week.
2.3 Provider shall keep the network documentation, configuration baselines and device inventory current and make them available to Customer at all times.
2.4 Customer shall provide site access, accommodation for the resident team at the mine camp, spare parts storage, and the cooperation of its dispatch and mine planning departments.

## 3. Transition and Acceptance

3.1 Provider shall complete the transition within 75 days after signature. Transition includes taking over all network elements, documenting the existing configuration, setting up monitoring and ticketing, and shadowing Customer's current operator.
3.2 Acceptance criteria for the transition: every network element listed in Schedule 1 is registered in Provider's monitoring system; a complete configuration backup exists; ten test incidents of each priority have been handled within the Schedule 3 times; the handover of all open tickets is confirmed; and Customer's network manager has approved the operating manual.
3.3 Customer shall confirm acceptance in writing within seven days after Provider shows that the criteria are met, or state which criteria are not met. Provider's start of routine work does not by itself amount to acceptance.
3.4 If the Service Commencement Date is later than 75 days after signature for reasons attributable to Provider, Provider shall pay Customer CNY 2,000 for each day of delay.

## 4. Charges and Payment

4.1 Customer shall pay the charges in Schedule 2. The Monthly Charge is invoiced monthly in arrears and payable within 30 days of invoice.
4.2 The transition fee is invoiced after the Service Commencement Date and payable within 30 days of invoice. There is no advance payment.
4.3 Charges are fixed for the Term and include all taxes and the costs of the resident team, travel and tools. Spare parts are supplied by Customer.

## 5. Service Levels and Credits

5.1 Provider shall meet the service levels in Schedule 3. Service credits are calculated monthly and deducted from the next invoice.
5.2 Provider shall deliver a monthly service report with availability, incidents, changes, capacity trends and improvement actions, and attend a monthly service review with Customer.

5.3 Provider shall propose, at least once every six months, a network improvement plan covering coverage changes for the next mining phases, ageing equipment and capacity needs. Improvements that require new equipment are implemented only after Customer approves and purchases the equipment.

## 6. Staff and Site Rules

6.1 Provider's staff at the mine shall hold the safety training certificates required by Customer and by PRC mining regulations, wear the protective equipment issued by Customer and follow the instructions of the mine's safety officers. Customer may require the removal of any person who breaches site rules.
6.2 Provider shall name a service manager who is responsible for the Services, speaks Chinese or works with an interpreter, and attends the monthly service review. Changes of the service manager or of the resident team leader require one month's notice to Customer.
6.3 Work in the active pit, including relocation of base stations, shall be scheduled with Customer's mine planning department and carried out only with a valid work permit.

## 7. Customer Data

7.1 Customer Data belongs to Customer. Provider may use Customer Data only to perform the Services and shall not use it for any other purpose or disclose it to any third party.
7.2 At the end of the Term, Provider shall return all Customer Data in its possession and delete its copies.

## 8. Confidentiality

8.1 Each party shall keep confidential all information of the other party that is marked or obviously confidential, including network designs, mine plans, production figures and this Agreement's commercial terms, and shall use it only for this Agreement.
8.2 This obligation survives for three years after the end of the Term.

## 9. Intellectual Property

9.1 Provider keeps its monitoring tools and general know-how.
9.2 The configurations, operating manual, runbooks and scripts prepared for Customer's network belong to Customer, which may use, modify and give them to another operator without restriction.

## 10. Subcontracting

10.1 Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains responsible for approved subcontractors.

## 11. Liability

11.1 Provider's total liability arising out of or in connection with this Agreement is limited to the charges paid or payable by Customer in the nine months preceding the event giving rise to the claim.
11.2 Neither party is liable for loss of profit or indirect loss. The limit in 11.1 does not apply to personal injury or wilful misconduct.

## 12. Term and Termination

12.1 This Agreement starts on signature and ends at the end of the Term. It may be extended only by written agreement of both parties.
12.2 Customer may terminate this Agreement by written notice if Provider commits a material breach and fails to remedy it within 30 days after notice, or if the availability in Schedule 3 is missed in three consecutive months.
12.3 On expiry or termination Provider shall provide exit assistance for up to 60 days at the rates in Schedule 2, hand over all documentation and cooperate with any new operator.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.
13.2 Disputes shall be referred to the China International Economic and Trade Arbitration Commission for arbitration in Beijing. The award is final.

## 14. General

14.1 Neither party is liable for failure caused by force majeure, including extreme weather that closes the mine, provided it informs the other party promptly.
14.2 This Agreement is made in English. Schedules 1 to 3 form part of it.

## Schedule 1 - Scope of Services

| Service element | Scope | Provider's tasks |
|---|---|---|
| Private LTE core and radio | 1 core, 14 base stations, 420 vehicle modems | monitoring, fault handling, software upgrades, coverage optimisation as the pit advances |
| Industrial Wi-Fi | 62 access points at workshops, fuel bays and crusher | monitoring, fault handling, replacement with Customer's spares |
| Backbone and switching | 38 switches, fibre ring, 6 microwave links | monitoring, configuration changes, fibre repair coordination |
| Dispatch and camera connectivity | dispatch servers, 86 pit cameras | connectivity monitoring and fault isolation |
| Change management | all network elements | planning, testing and implementing changes approved by Customer |
| Relocation support | base stations and links moved with mining benches | planning and executing up to 12 relocations per contract year |

## Schedule 2 - Charges

| Charge | Amount (CNY) | Invoicing |
|---|---|---|
| Monthly Charge | 86,000 per month | monthly in arrears, 36 months |
| Total Monthly Charges for the Term | 3,096,000 | |
| Transition fee (one-time) | 148,000 | after the Service Commencement Date |
| Total contract value | 3,244,000 | |
| Exit assistance | 3,800 per engineer-day | in arrears, only if requested |

## Schedule 3 - Service Levels

| Measure | Target | Service credit |
|---|---|---|
| LTE network availability in the active pit, per month | 99.97% | 2% of the Monthly Charge for each 0.01 percentage point below target, up to 20% |
| Priority 1 incident (loss of dispatch, or of coverage for more than five haul trucks) | response within 15 minutes, restoration within 2 hours | CNY 3,000 per started hour of late restoration |
| Priority 2 incident (single base station or camera group down) | response within 1 hour, restoration within 8 hours | CNY 800 per started hour of late restoration |
| Priority 3 incident (single device or question) | response within 1 working day | none |
| Monthly service report | by the 5th working day of the month | CNY 1,000 per late report |
"""

H936E05 = """MARITIME DATA API SUBSCRIPTION AGREEMENT

Agreement No. TMD-NB-2027-015

PARTIES

1.1 Ningbo Haitong Shipping Logistics Co., Ltd., Beilun District, Ningbo, Zhejiang Province, People's Republic of China ("Customer").
1.2 Telemark Maritime Data AS, Kverndammen 12, 3715 Skien, Norway ("Provider").
1.3 Customer runs a container feeder and freight-forwarding business and plans vessel calls, berth bookings and customer notifications. Provider collects and processes AIS positions, port-call events and vessel particulars and makes them available through its TMD Data API. Customer wishes to subscribe to the TMD Data API for two Subscription Years.

DEFINITIONS

2.1 "API" means the TMD Data API, its endpoints for vessel positions, port calls, estimated arrival times and vessel particulars, and its documentation.
2.2 "Provider Data" means the data delivered through the API.
2.3 "Customer Data" means the watchlists, fleet lists, voyage plans and query logs that Customer or its users submit to or create in the API, and the analyses Customer derives from Provider Data.
2.4 "Integration Acceptance" means Customer's written confirmation under clause 5.3.
2.5 "Subscription Year" means the period from the date of Integration Acceptance to the day before its first anniversary, and each following period between two anniversaries of that date.

SUBSCRIPTION

3.1 Provider grants Customer, for the two Subscription Years, a non-exclusive, non-transferable right to access the API and to use Provider Data for its own business, including showing positions and estimated arrival times to its own customers in its tracking portal.
3.2 The subscription includes up to 5 million API calls per month, coverage of all vessels in the Provider's global AIS network, and port-call data for all ports in mainland China, Japan, Korea and Southeast Asia.
3.3 Provider shall build and deliver a connector that loads port-call events and estimated arrival times into Customer's voyage planning system every ten minutes, and provide a test environment for Customer's developers.

USE RESTRICTIONS

3.4 Customer shall not resell Provider Data as a data product, make bulk extracts of Provider Data available to third parties, or use Provider Data to build a competing vessel-tracking service. Showing positions and arrival times for individual shipments to Customer's own customers is permitted.
3.5 Customer shall keep its API keys secure, shall not share them with third parties other than its own IT contractors working on the connector, and shall inform Provider without delay if it suspects that a key has been misused, so that Provider can issue a new one.
3.6 Provider may change or retire individual endpoints with at least three months' notice if it offers an equivalent endpoint and supports Customer in adapting the connector at no charge.

FEES AND PAYMENT

4.1 The subscription fee is CNY 420,000 per Subscription Year, a total of CNY 840,000 for the two Subscription Years.
4.2 The one-time integration fee for the connector and test environment is CNY 36,000.
4.3 The Total Fees under this Agreement are CNY 876,000, fixed and including value-added tax.
4.4 API calls above the monthly volume in clause 3.2 are charged at CNY 0.004 per call, invoiced quarterly in arrears. Such usage charges are not part of the Total Fees.
4.5 The integration fee is invoiced after Integration Acceptance. The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year. All invoices are payable within 30 days.
4.6 Payments are made in CNY through Provider's appointed service agent in Ningbo, which issues Chinese VAT invoices.

INTEGRATION AND ACCEPTANCE

5.1 Provider shall make the production API, the connector and the test environment available to Customer by the Target Date of 1 August 2027.
5.2 Acceptance criteria: all endpoints in the documentation respond correctly to the test cases in Annex A; the connector loads port-call events for Customer's 40 watch-listed vessels into the voyage planning system for 14 consecutive days without a missed cycle; estimated arrival times for a sample of 50 completed calls are within the accuracy stated in Annex A; and Customer's developers have received the API training.
5.3 Customer shall test within ten working days after Provider's notice of readiness and either confirm Integration Acceptance in writing or list the failed criteria. Use of the test environment or of the production API during testing does not amount to acceptance.
5.4 If the production API and connector are not available by the Target Date for reasons attributable to Provider, Provider shall pay delay damages of 0.2% of the Total Fees for each full week of delay, deducted from the next invoice.

SERVICE LEVELS

6.1 The production API shall have a monthly availability of at least 99.98%, measured by Provider's external monitoring at one-minute intervals and excluding maintenance announced at least five days in advance and performed between 01:00 and 05:00 Beijing time.
6.2 Incident response: Severity 1 (API unavailable or returning no data) response within 45 minutes and restoration within 3 hours; Severity 2 (one endpoint or the connector failing, or data delayed by more than 20 minutes) response within 2 hours; Severity 3 (questions and minor issues) response within one business day. Support is available 24 hours a day for Severity 1 and 2.
6.3 If monthly availability falls below the level in 6.1, Provider shall credit 3% of the monthly share of the subscription fee for each 0.01 percentage point below the level, and CNY 1,500 for each started hour by which a Severity 1 restoration is late. Credits are deducted from the next invoice.
6.4 Provider shall send a monthly report of availability, incidents, data latency and call volumes.

CUSTOMER DATA AND DATA SECURITY

7.1 Customer Data belongs to Customer. Provider shall process Customer Data only to provide the API to Customer and shall not use it, in identifiable, aggregated or any other form, for its own products, for other customers or for any other purpose.
7.2 Provider shall host Customer Data in a cloud region in mainland China, encrypt it in transit and at rest, restrict access to named support staff, keep access logs for at least six months, and comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law.
7.3 Provider shall notify Customer within 24 hours after becoming aware of any unauthorised access to or loss of Customer Data, take immediate measures to limit the harm, provide a written report, and compensate Customer for losses caused by its breach of this clause.
7.4 At the end of the Agreement Provider shall return Customer Data in a standard format and then delete it, and confirm the deletion in writing.

CONFIDENTIALITY

8.1 Each party shall keep confidential the non-public information of the other party, including Customer's watchlists, customer names and voyage plans and Provider's pricing and technical documentation, and use it only for this Agreement. This obligation survives for three years after the end of the Agreement.

INTELLECTUAL PROPERTY

9.1 Provider and its licensors own the API and Provider Data. Customer's rights are those stated in clause 3.1.
9.2 The connector built for Customer under clause 3.3, including its source code, and all analyses, reports and displays that Customer creates, belong to Customer. Customer may modify the connector and have it maintained by third parties.

LIABILITY

10.1 Provider's total liability under this Agreement is limited to 175% of the Total Fees. The limit does not apply to breach of clause 7, personal injury or wilful misconduct.
10.2 Neither party is liable for indirect or consequential loss.
10.3 Provider does not warrant that AIS positions received from vessels are complete or accurate, but shall apply the quality checks described in the documentation.

SUBCONTRACTING

11.1 Provider shall not subcontract the hosting of Customer Data, the support services or the connector work without Customer's prior written consent, and remains responsible for any approved subcontractor. Purchase of satellite AIS data from data suppliers is not subcontracting.

TERM, NO EARLY TERMINATION AND SUSPENSION

12.1 This Agreement starts on signature and ends at the end of the second Subscription Year. Any further subscription requires a new written agreement.
12.2 The fees have been set on the basis of a fixed two-year commitment. Neither party may terminate this Agreement before the end of the second Subscription Year for any reason. If Provider fails to perform, Customer's remedies are the service credits in clause 6.3, the delay damages in clause 5.4 and claims for damages under clause 10.
12.3 Provider may suspend access to the API if an undisputed invoice is more than 45 days overdue, after giving Customer ten days' written notice. Access is restored within one business day after payment.

GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.
13.2 Disputes shall be submitted to the Ningbo Arbitration Commission for arbitration in Ningbo. The arbitral award is final and binding on both parties.

GENERAL

14.1 Neither party is liable for delay or failure caused by force majeure, provided it notifies the other party promptly. Loss of AIS reception caused by satellite or radio conditions is not a breach of this Agreement.
14.2 This Agreement is made in English in two originals. Annex A (API documentation, test cases and accuracy targets) forms part of it.

Signed for Customer: ____________________   Signed for Provider: ____________________
Date: ____________________                   Date: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------------
# files: key -> (file name, format)
TARGET_NAMES = {
    "h936z01": "h936z01_postal_philately_postcard_platform.pdf",
    "h936z02": "h936z02_pencil_case_line_control_retrofit.docx",
    "h936z03": "h936z03_fishing_experience_booking_saas.txt",
    "h936z04": "h936z04_archives_humidity_monitoring_om.txt",
    "h936z05": "h936z05_li_brocade_process_tracking_supplier_template.md",
    "h936e01": "h936e01_dock_planning_perpetual_licence_drammen.pdf",
    "h936e02": "h936e02_carbon_footprint_saas_order_form_skelleftea.md",
    "h936e03": "h936e03_aquaculture_sensors_monitoring_licence_kirkenes.docx",
    "h936e04": "h936e04_mine_network_managed_services_gallivare.md",
    "h936e05": "h936e05_vessel_tracking_data_api_skien.txt",
}
SRC = {"h936z01": H936Z01, "h936z02": H936Z02, "h936z03": H936Z03, "h936z04": H936Z04, "h936z05": H936Z05,
       "h936e01": H936E01, "h936e02": H936E02, "h936e03": H936E03, "h936e04": H936E04, "h936e05": H936E05}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
             "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
             "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
             "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]


def terms(avail, p1, remedy, ip, dsec, owns, conf, ld, cap, prepay, acc, final, warranty, pwf, auto, term, sub, law,
          kind):
    return dict(zip(TERM_KEYS, [avail, p1, remedy, ip, dsec, owns, conf, ld, cap, prepay, acc, final, warranty, pwf,
                                auto, term, sub, law, kind]))


G, S = "goods_or_licence", "service"
# key: (language, category, terms, extra, design) ; design = my own list of rules + facts the labels do not carry
LABELS = {
    "h936z01": ("zh", "software",
                terms(99.95, 0.5, True, "buyer", True, True, True, 0.02, None, 20, True, True, 24, 9, False, True,
                      True, "PRC", G),
                {"sla_clause": True, "ld_stated": True, "post_warranty_fee_capped": True,
                 "acceptance_deemed_on_delivery": False, "contract_value": 1338000},
                {"rules": ["CR-LD-LOW", "CR-SUBCONTRACT"], "fee_base": 736000, "forum_outside": False}),
    "h936z02": ("zh", "hardware",
                terms(None, 1, True, "buyer", True, True, True, 0.1, 150, 25, True, True, 18, 28, False, True,
                      False, "PRC", G),
                {"sla_clause": True, "ld_stated": True, "post_warranty_fee_capped": True,
                 "acceptance_deemed_on_delivery": False, "contract_value": 1530000},
                {"rules": ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"], "fee_base": 1334000,
                 "forum_outside": False}),
    "h936z03": ("zh", "cloud",
                terms(99.5, 0.25, True, "buyer", True, True, True, 600 / 790000 * 100, 6 / 24 * 100, None, True, None,
                      None, None, True, True, False, "PRC", S),
                {"sla_clause": True, "ld_stated": True, "acceptance_deemed_on_delivery": False,
                 "contract_value": 790000},
                {"rules": ["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"], "forum_outside": False}),
    "h936z04": ("zh", "services",
                terms(99.95, 0.5, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False,
                      True, False, "PRC", S),
                {"sla_clause": True, "ld_stated": True, "acceptance_deemed_on_delivery": False,
                 "contract_value": 268000},
                {"rules": [], "forum_outside": False}),
    "h936z05": ("zh", "software",
                terms(None, 24, False, "supplier", True, False, True, None, 50, 65, False, False, 6, None, False, True,
                      None, None, G),
                {"sla_clause": True, "ld_stated": False, "post_warranty_fee_capped": False,
                 "acceptance_deemed_on_delivery": True, "contract_value": 260000},
                {"rules": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP",
                           "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE",
                           "CR-WARRANTY"], "fee_base": 96000, "forum_outside": False}),
    "h936e01": ("en", "software",
                terms(None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 18, 11, False, True, False,
                      "Norway", G),
                {"sla_clause": True, "ld_stated": True, "post_warranty_fee_capped": True,
                 "acceptance_deemed_on_delivery": False, "contract_value": 1682000},
                {"rules": ["CR-GOVERNING-LAW"], "fee_base": 1180000, "forum_outside": True}),
    "h936e02": ("en", "cloud",
                terms(None, None, False, "buyer", True, True, False, 500 / 640000 * 100, 150, None, True, None, None,
                      None, False, True, False, "PRC", S),
                {"sla_clause": False, "ld_stated": True, "acceptance_deemed_on_delivery": False,
                 "contract_value": 640000},
                {"rules": ["CR-CONFIDENTIALITY", "CR-SLA-MISSING", "CR-SLA-RESPONSE"], "forum_outside": False}),
    "h936e03": ("en", "hardware",
                terms(99.95, 0.5, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 24, 8.5, False, True,
                      False, "PRC", G),
                {"sla_clause": True, "ld_stated": True, "post_warranty_fee_capped": True,
                 "acceptance_deemed_on_delivery": False, "contract_value": 1868000},
                {"rules": [], "fee_base": 1586000, "forum_outside": False}),
    "h936e04": ("en", "services",
                terms(99.97, 0.25, True, "buyer", False, True, True, 2000 / 3244000 * 100, 9 / 36 * 100, None, True,
                      None, None, None, False, True, False, "PRC", S),
                {"sla_clause": True, "ld_stated": True, "acceptance_deemed_on_delivery": False,
                 "contract_value": 3244000},
                {"rules": ["CR-DATA-SECURITY", "CR-LIABILITY-CAP"], "forum_outside": False}),
    "h936e05": ("en", "cloud",
                terms(99.98, 0.75, True, "buyer", True, True, True, 0.2 / 7, 175, None, True, None, None, None, False,
                      False, False, "PRC", S),
                {"sla_clause": True, "ld_stated": True, "acceptance_deemed_on_delivery": False,
                 "contract_value": 876000},
                {"rules": ["CR-LD-LOW", "CR-TERMINATION"], "forum_outside": False}),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy §3 thresholds (defaults of the shipped pack)
T_AVAIL, T_P1, T_LD, T_CAP, T_PREPAY, T_WARRANTY, T_PWF, T_TCO, HORIZON = 99.9, 4, 0.05, 100, 30, 12, 15, 40, 5


def tco_share(t, x, d):
    """Post-warranty share of TCO over the horizon (policy §4), or None when not computable / not applicable."""
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped"):
        return None
    years = max(0.0, HORIZON - (t["warranty_months"] or 0) / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * d["fee_base"]
    return fees / (x["contract_value"] + fees) * 100


def derive(t, x, d):
    """My reading of policy §3, applied to the labels."""
    r = set()
    goods = t["contract_kind"] == G
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < T_AVAIL:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > T_P1:
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
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < T_LD:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < T_CAP:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > T_PREPAY:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < T_WARRANTY):
        r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                  or t["post_warranty_fee_pct"] > T_PWF):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or d["forum_outside"]:
        r.add("CR-GOVERNING-LAW")
    share = tco_share(t, x, d)
    if share is not None and share > T_TCO:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


# --- no threshold figure in any text ---------------------------------------------------------------------------------
NUM = r"(?<![\d.,])"
PCT = r"\s*(?:%|％|per\s*cent|percent)"
THRESHOLD_RES = [re.compile(p, re.I) for p in [
    NUM + r"99\.90*(?![\d])",                                          # availability 99.9
    NUM + r"0?\.050*(?![\d])",                                         # LD 0.05 %
    r"万分之五(?![十百\d])", r"千分之零点五", NUM + r"0\.5\s*‰",
    NUM + r"(?:30|15|40|100)(?:\.0+)?" + PCT,                          # prepayment, fee, TCO share, cap
    r"百分之(?:三十|十五|四十|一百|百)(?![点一二三四五六七八九十\d])", r"(?:thirty|fifteen|forty|one\s*hundred)\s*(?:\(\s*\d+\s*\)\s*)?(?:per\s*cent|percent)",
    NUM + r"4\s*(?:-\s*)?(?:hours?|hrs?|h\b|小时|个小时)", r"(?<![十二])四个?小时", r"\bfour\s*(?:\(\s*4\s*\)\s*)?(?:-\s*)?hours?",
    NUM + r"240\s*(?:minutes|分钟)",
    NUM + r"12\s*(?:-\s*)?(?:months?|个月)", r"(?<![二])十二个月", r"\btwelve\s*(?:\(\s*12\s*\)\s*)?(?:-\s*)?(?:calendar\s*)?months?",
    r"(?<!第)一年", r"\bone\s*(?:\(\s*1\s*\)\s*)?(?:-\s*)?years?\b", NUM + r"1\s*(?:-\s*)?years?\b",
    NUM + r"5\s*(?:-\s*)?(?:years?|年(?![度级]))", r"(?<![〇零一二三四五六七八九十第])五年", r"\bfive\s*(?:\(\s*5\s*\)\s*)?(?:-\s*)?years?",
    NUM + r"60\s*(?:months?|个月)",
]]
MUST_HIT = ["99.9%", "99.90 %", "0.05%", "0.05 per cent", "万分之五", "30%", "30 %", "15%", "40 per cent", "100%",
            "百分之三十", "百分之十五", "百分之四十", "百分之百", "thirty percent", "4 hours", "4小时", "四小时", "四个小时",
            "four hours", "four (4) hours", "4-hour", "12 months", "12个月", "十二个月", "twelve months",
            "twelve (12) months", "一年", "one year", "1 year", "5 years", "5年", "五年", "five years", "60 months"]
MUST_MISS = ["99.95%", "99.98%", "99.5%", "0.055%", "0.5%", "万分之五十", "万分之二", "130%", "115%", "140%", "35%",
             "45%", "百分之三十五", "24 hours", "24小时", "14 hours", "0.4 hours", "112 months", "18 months", "第一年",
             "每年", "2025年", "15 days", "30 days", "40日", "100 users", "1.5 years", "25 years", "年度"]


def threshold_hits(text):
    return [m.group(0) for rx in THRESHOLD_RES for m in rx.finditer(text)]


def selftest():
    for s in MUST_HIT:
        assert threshold_hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not threshold_hits(s), ("must miss", s, threshold_hits(s))


# --- read back --------------------------------------------------------------------------------------------------------
def read_back(path: Path) -> str:
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
        return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def size(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


def arithmetic():
    assert 736000 + 498000 + 86000 + 18000 == 1338000
    assert (267600, 602100, 468300) == tuple(round(1338000 * p / 100) for p in (20, 45, 35))
    assert 66240 == 736000 * 9 // 100
    assert 418000 + 356000 + 84000 + 226000 + 62000 + 188000 == 1334000
    assert 1334000 + 118000 + 64000 + 14000 == 1530000 and 1334000 * 28 // 100 == 373520
    assert 35 * 9600 == 336000 and 2 * 336000 + 118000 == 790000
    assert 148000 + 54600 + 42000 + 23400 == 268000 == 4 * 67000
    assert 96000 + 148000 + 16000 == 260000 and (169000, 91000) == (260000 * 65 // 100, 260000 * 35 // 100)
    assert 1180000 + 364000 + 96000 + 42000 == 1682000 and 1180000 * 11 // 100 == 129800
    assert (336400, 756900, 588700) == tuple(round(1682000 * p / 100) for p in (20, 45, 35))
    assert 2 * 288000 + 64000 == 640000
    assert 96 * 8600 + 12 * 23500 + 96 * 1150 + 368000 == 1586000 and 1586000 + 176000 + 84000 + 22000 == 1868000
    assert round(1586000 * 0.085) == 134810
    assert 36 * 86000 == 3096000 and 3096000 + 148000 == 3244000
    assert 2 * 420000 + 36000 == 876000
    for splits in [(20, 45, 35), (25, 50, 25), (65, 35), (10, 55, 35)]:
        assert sum(splits) == 100 and T_PREPAY not in splits


def label_json(key):
    lang, cat, t, x, d = LABELS[key]
    rules = derive(t, x, d)
    obj = {"file": TARGET_NAMES[key], "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
           "expected_rules": rules}
    return obj, rules


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    selftest()
    arithmetic()
    sources, targets = {}, {}
    for key, name in TARGET_NAMES.items():
        ext = name.rsplit(".", 1)[1]
        if ext in ("docx", "pdf"):
            sources[key], targets[key] = SRC[key], (name, ext)
        else:
            (OUT / name).write_text(SRC[key].lstrip("\n"), encoding="utf-8")
            print("wrote", name)
    write(sources, targets, OUT, wrap_words=True)
    covered = set()
    for key, name in TARGET_NAMES.items():
        obj, rules = label_json(key)
        lang, cat, t, x, d = LABELS[key]
        assert rules == sorted(d["rules"]), (key, rules, d["rules"])
        covered |= set(rules)
        # no label value on a threshold
        assert t["availability_pct"] != T_AVAIL and t["p1_response_hours"] != T_P1
        assert t["ld_rate_per_day_pct"] != T_LD and t["liability_cap_pct"] != T_CAP
        assert t["prepayment_pct"] != T_PREPAY and t["warranty_months"] != T_WARRANTY
        assert t["post_warranty_fee_pct"] != T_PWF
        share = tco_share(t, x, d)
        assert share is None or abs(share - T_TCO) > 2, (key, share)
        if t["contract_kind"] == S:
            assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
            assert "post_warranty_fee_capped" not in x
        else:
            assert "post_warranty_fee_capped" in x
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(obj, ensure_ascii=False, indent=1),
                                                                encoding="utf-8")
        text = read_back(OUT / name)
        n = size(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        hits = set()
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            hits |= set(threshold_hits(variant))
        share_s = "" if share is None else " TCO share %.1f%%" % share
        print("%s %s %d [%d-%d] risk=%s rules=%s%s" % (key, lang, n, lo, hi, risk(rules), ",".join(rules) or "-",
                                                       share_s))
        assert lo <= n <= hi, (key, n)
        assert not hits, (key, hits)
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    print("all checks passed; rules covered:", len(covered))


if __name__ == "__main__":
    main()
