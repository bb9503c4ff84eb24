"""Builds the holdout205 contracts (blind held-out set of ordinary drafts) from the sources below, so they can be made
again: the .md and .txt files are written as they are; the two .docx and the two .pdf are built with ../word_pdf.py
(markup T:/H:/P:/TB:, PDFs with wrap_words=True). Run with /work/main/.venv/bin/python.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------------
# h205z01 — 市海洋与渔业局 渔船动态监管系统 (政府采购 公开招标, buyer's paper), .docx, 第X条 + 1.1
# ---------------------------------------------------------------------------------------------------------------
H205Z01 = """
T:东浦市渔船动态监管系统建设项目政府采购合同
P:合同编号：DPHY-ZC-2026-017
P:采购项目编号：DPZC2026-G031（公开招标）
P:甲方（采购人）：东浦市海洋与渔业局
P:地址：东浦市滨海大道218号
P:乙方（供应商）：闽海智航信息技术有限公司
P:地址：福州市鼓楼区软件大道89号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，订立本合同。招标文件、投标文件、中标通知书及本合同附件均为本合同的组成部分，与本合同具有同等效力。
H:第一条 项目内容
P:1.1 乙方负责东浦市渔船动态监管系统的设备供货、软件许可、定制开发、系统集成、安装调试、培训及质保期内的运维服务，覆盖全市1,286艘海洋捕捞渔船、3个国家级渔港和5个渔港码头。
P:1.2 建设内容包括：岸基AIS基站6套；渔港高清视频监控点14套；为未安装或终端已损坏的渔船补装北斗定位终端120台；监管平台服务器及存储；渔船动态监管平台软件永久许可；电子围栏、越界预警、伏季休渔监管及移动执法APP的定制开发；与省级渔船动态监控系统、渔港综合管理系统的数据对接。
P:1.3 详细技术要求以招标文件第三章《采购需求》及乙方投标文件的技术响应为准；二者不一致的，以对甲方更有利者为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰伍拾壹万元整（¥2,510,000.00），为固定总价，包含设备、软件、开发、运输、保险、安装、调试、培训、税费及质保期服务等全部费用。分项价格如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|岸基AIS基站（含天线、铁塔附件）|6套|86,000|516,000
TB:2|渔港高清视频监控点|14套|23,500|329,000
TB:3|船载北斗定位终端（补装）|120台|2,650|318,000
TB:4|平台服务器及存储|1批|286,000|286,000
TB:5|渔船动态监管平台软件（永久许可）|1套|468,000|468,000
TB:|软硬件小计|||1,917,000
TB:6|定制开发（电子围栏、越界预警、休渔监管、执法APP）|1项|392,000|392,000
TB:7|系统集成、安装调试及数据对接|1项|174,000|174,000
TB:8|培训（管理人员、执法人员、运维人员）|1项|27,000|27,000
TB:|合计|||2,510,000
P:2.2 除第6.4款约定的质保期满后维保费用外，甲方不再向乙方支付本项目的其他任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行预付款保函后10个工作日内，甲方支付合同总价的25%作为预付款，即人民币627,500元。
P:3.2 全部设备到货、安装完毕并经甲方签收后，甲方支付合同总价的35%，即人民币878,500元。到货签收仅确认数量和外观，不视为验收。
P:3.3 系统通过最终验收后，甲方支付合同总价的35%，即人民币878,500元。
P:3.4 剩余5%即人民币125,500元作为质量保证金，质保期满且乙方无未履行义务的，甲方在10个工作日内无息退还。
P:3.5 乙方应在每期付款前开具合法有效的增值税发票。
H:第四条 交付与实施
P:4.1 乙方应在合同签订后75日内完成全部设备的到货安装，在合同签订后105日内完成平台部署、定制开发和数据对接，并提交初验申请。
P:4.2 岸基AIS基站选址及铁塔附件安装须取得海事、无线电管理等部门的批准，乙方负责准备报批资料，甲方协助报批；因审批时间超出预期造成的延误，工期相应顺延。
P:4.3 北斗终端补装须在渔船停港期间进行，乙方应提前与船东预约，逐船登记终端编号与船名船号，安装后当场完成定位测试并由船东签字确认。
H:第五条 验收
P:5.1 初验：全部建设内容完成后，乙方提交初验申请及自测报告，甲方组织初验。初验合格后系统进入试运行，试运行期为60日。
P:5.2 最终验收标准：（1）设备型号、数量、技术参数与合同及投标文件一致；（2）AIS基站有效覆盖半径不小于25海里，船位数据刷新间隔不大于3分钟；（3）渔船越界、进入禁渔区等预警在船位上报后60秒内推送至值班终端和执法APP；（4）与省级渔船动态监控系统的数据对接连续10日无丢失；（5）平台在500个并发用户下主要页面响应时间不超过3秒；（6）通过第三方软件测评和网络安全等级保护第二级测评；（7）试运行期间未发生一级故障。
P:5.3 甲方在收到最终验收申请后20个工作日内组织验收，可邀请专家参加，并出具书面验收报告。设备到货、系统上线、甲方使用或支付任何款项，均不视为验收合格。
P:5.4 验收不合格的，乙方应在20日内整改并申请重新验收，由此产生的费用由乙方承担；第二次验收仍不合格的，甲方有权解除合同。
H:第六条 质量保证与维保
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供设备维修与更换、软件缺陷修复、版本升级及7×24小时技术支持，每半年进行一次现场巡检。
P:6.2 故障分级及响应要求：一级故障（平台整体中断或全市船位数据中断）乙方应在30分钟内响应，2小时内到达现场，6小时内恢复；二级故障（单个基站、渔港或功能模块失效）1小时内响应，8小时内恢复；三级故障2个工作日内解决。
P:6.3 平台月可用率不低于99.95%。乙方每超出响应或恢复时限1小时，甲方从质量保证金中扣除1,000元；月可用率每低于约定值0.01个百分点，扣除1,500元；同一季度发生两次以上一级故障的，甲方有权要求乙方更换项目负责人。
P:6.4 质保期满后，如甲方需要，乙方应继续提供维保服务，年度维保费不超过软硬件小计的8%（即每年不超过人民币153,360元），前三年不得调价。维保服务另行签订合同，不自动续期。
H:第七条 知识产权
P:7.1 平台软件的著作权属于乙方，乙方授予甲方永久、不可撤销的使用许可，许可范围覆盖甲方及其下属渔政执法机构。
P:7.2 乙方为本项目定制开发的软件、源代码、接口程序、数据库设计及技术文档的知识产权归甲方所有。乙方应在最终验收时移交全部源代码，甲方可自行或委托第三方修改、使用。
P:7.3 乙方保证所提供的货物和软件不侵犯第三方知识产权；发生侵权纠纷的，由乙方承担全部责任。
H:第八条 数据安全
P:8.1 渔船位置数据、船员信息、视频图像及平台产生的全部数据归甲方所有，乙方仅可为履行本合同使用，不得复制、留存或向任何第三方提供。
P:8.2 平台部署在东浦市政务云，乙方应落实网络安全等级保护第二级要求，采取访问控制、数据加密、日志审计和异地备份等措施；远程运维须经甲方审批并通过堡垒机进行。
P:8.3 发生数据泄露、篡改或系统被入侵的，乙方应在2小时内报告甲方并采取处置措施；因乙方原因造成的，乙方承担全部责任并赔偿甲方损失。
H:第九条 保密
P:9.1 乙方对履约中知悉的渔业执法信息、系统口令、网络结构及甲方工作秘密负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因本合同终止而解除。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期提交验收申请的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过60日的，甲方有权解除合同。
P:10.2 乙方提供的货物或服务不符合合同约定的，应负责更换或整改，并赔偿甲方因此遭受的损失。
P:10.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
H:第十一条 分包
P:11.1 乙方不得转包本项目。铁塔基础等附属土建工作如需分包，须事先取得甲方书面同意，乙方对分包部分承担连带责任。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后20日内仍未纠正的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
P:12.2 因不可抗力致使合同目的不能实现的，双方均可解除合同。
H:第十三条 适用法律与争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同引起的争议，双方应协商解决；协商不成的，提交东浦仲裁委员会仲裁。
H:第十四条 其他
P:14.1 本合同自双方法定代表人或授权代表签字并加盖公章之日起生效，一式六份，甲方执四份，乙方执二份。
P:甲方（盖章）：东浦市海洋与渔业局　　　乙方（盖章）：闽海智航信息技术有限公司
P:签订日期：2026年3月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h205z02 — MLCC 外观检测设备 supply + post-warranty maintenance, .txt, 一、/（一）/1.
# ---------------------------------------------------------------------------------------------------------------
H205Z02 = """
MLCC外观检测设备采购及维保合同

合同编号：HC-SB-2026-0412
甲方（买方）：肇庆华瓷电子元件有限公司
住所：广东省肇庆市高要区金渡工业园华瓷路6号
乙方（卖方）：苏州明睿视觉装备有限公司
住所：江苏省苏州市工业园区星湖街328号

甲乙双方根据《中华人民共和国民法典》，就甲方向乙方采购MLCC六面外观检测设备及相关服务事宜，经平等协商，订立本合同。

一、合同标的
（一）乙方向甲方提供MLCC六面外观检测设备6台（型号MV-6S）及随机视觉检测软件，并负责运输、安装调试、缺陷样本建模、操作培训以及质保期满后的维保服务。
（二）设备用于0201、0402、0603规格片式多层陶瓷电容器的外观检测与分选，检测项目包括裂纹、缺角、端电极露瓷、端头爬镀、表面污染、尺寸偏差等。
（三）设备的技术参数、配置清单以附件一《技术协议》为准。
（四）乙方保证所供设备为全新、未使用过的合格产品，关键部件（工业相机、镜头、光源、运动控制卡）的品牌和型号以附件一为准，不得擅自替换。

二、合同价款
（一）本合同总价为人民币贰佰伍拾陆万元整（¥2,560,000），含13%增值税，明细如下：
1. MLCC六面外观检测设备：6台×356,000元＝2,136,000元；
2. 视觉检测软件永久许可（含深度学习缺陷分类模块）：6套×42,000元＝252,000元；
（以上设备及软件价款小计：2,388,000元）
3. 缺陷样本库建模及检测参数调试：96,000元；
4. 运输、安装调试：58,000元；
5. 操作及维护培训：18,000元。
（二）质保期满后的年度维保费按本合同第七条执行，不包含在合同总价内。

三、付款方式
（一）合同生效后10个工作日内，甲方支付合同总价的20%，即512,000元，作为预付款。
（二）设备全部到货并安装调试完毕、经甲方签收后10个工作日内，甲方支付合同总价的50%，即1,280,000元。到货签收不代表质量验收。
（三）设备通过最终验收后10个工作日内，甲方支付合同总价的25%，即640,000元。
（四）剩余5%即128,000元作为质保金，质保期满且无未了质量问题的，甲方无息退还。
（五）乙方每次收款前应向甲方开具等额增值税专用发票。

四、交货与安装
（一）交货期：合同生效后60日内，乙方将全部设备交付至甲方肇庆工厂二号车间指定位置，运输及保险费用由乙方承担。
（二）乙方应在设备到货后20日内完成安装调试，使设备具备试生产条件。
（三）乙方应随机提供装箱单、产品合格证、操作手册、维护手册、电气图纸及备件清单。
（四）甲方负责提供设备安装所需的场地、电源和压缩空气接口。
（五）设备包装应适合长途运输及防潮、防震要求，因包装不当造成的损坏由乙方负责。

五、验收
（一）设备安装调试完毕后进入试运行，连续试运行21日，试运行期间由乙方工程师驻厂。
（二）最终验收标准：
1. 使用甲方提供的标准缺陷样本（不少于5,000粒，覆盖附件一所列全部缺陷类型）进行检测，漏检率不高于20ppm，过杀率不高于0.8%；
2. 0402规格产品检测速度不低于每小时32,000粒；
3. 尺寸测量重复精度不大于±3μm；
4. 检测结果可按批次导出并接入甲方MES系统；
5. 试运行期间未发生因设备原因造成单次停机超过2小时的故障。
（三）试运行结束后10个工作日内，双方按上述标准进行最终验收并签署验收报告。设备到货、安装或投入使用，均不视为验收合格。
（四）验收不合格的，乙方应在20日内整改或更换后重新验收；第二次验收仍不合格的，甲方有权退货并解除合同，乙方退还已收款项。

六、质量保证
（一）质保期为十八个月，自最终验收合格之日起计算。质保期内乙方免费维修、更换非人为损坏的零部件（附件二所列易损件除外），并免费提供软件升级。
（二）故障响应：设备停机类一级故障，乙方应在30分钟内远程响应，3小时内派工程师到达现场（乙方东莞服务站），24小时内修复；二级故障2小时内响应，48小时内修复。
（三）乙方超出上述时限的，每超出1小时向甲方支付违约金800元，甲方可从质保金或应付款中直接扣除。
（四）乙方保证自最终验收之日起八年内持续供应设备备品备件。
（五）乙方应为甲方培训操作人员20名、设备维护人员6名，培训内容包括设备操作、程式编辑、日常保养和常见故障处理，培训后经考核合格。

七、质保期满后的维保服务
（一）质保期满后，乙方按年度为甲方提供维保服务，内容包括：每季度一次预防性保养、光源及相机校准、易损件更换、软件升级及远程技术支持。
（二）年度维保费按设备及软件价款小计的24%计算，即每年573,120元，自质保期满之日起五年内不作调整，按季度平均支付。
（三）维保服务期间的故障响应时限及违约金同本合同第六条。

八、数据与知识产权
（一）检测图像、缺陷数据、工艺参数及良率数据归甲方所有。乙方仅可为履行本合同使用，不得复制、带离厂区或提供给任何第三方。
（二）乙方远程维护须经甲方书面审批，通过甲方指定的远程接入通道进行，并保留完整操作日志；乙方人员不得使用移动存储介质拷贝甲方数据。
（三）因乙方原因造成甲方数据泄露或被篡改的，乙方应在发现后2小时内通知甲方，采取补救措施，承担全部责任并赔偿甲方损失。
（四）视觉检测软件的著作权属于乙方，甲方获得永久使用许可。乙方为甲方定制的检测程式、缺陷分类模型参数及配方文件归甲方所有，甲方可自行修改和使用。

九、保密
乙方对履约中知悉的甲方产品规格、工艺参数、产能、良率及客户信息负有保密义务，未经甲方书面同意不得向第三方披露，保密期限至本合同终止后五年。

十、违约责任
（一）乙方逾期交货的，每逾期一日，按合同总价的万分之三向甲方支付违约金；逾期超过45日的，甲方有权解除合同。
（二）设备性能不符合约定的，乙方负责更换并承担由此产生的全部费用。
（三）甲方逾期付款的，每逾期一日按未付金额的万分之三支付违约金。

十一、分包
乙方不得将本合同项下的安装调试及维保服务分包给第三方；确需分包的，应事先取得甲方书面同意。

十二、合同解除
乙方严重违约，且在甲方书面通知后20日内未予纠正的，甲方有权解除合同，并要求乙方赔偿损失。

十三、适用法律与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议由双方协商解决；协商不成的，提交肇庆仲裁委员会仲裁。

十四、其他
本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件一《技术协议》、附件二《易损件清单》为本合同组成部分。

甲方（盖章）：肇庆华瓷电子元件有限公司        乙方（盖章）：苏州明睿视觉装备有限公司
日期：2026年4月  日                            日期：2026年4月  日
"""

# ---------------------------------------------------------------------------------------------------------------
# h205z03 — 摄影连锁 拍摄预约与底片管理 SaaS (three years + 实施), .md, Markdown headings + 1.1
# ---------------------------------------------------------------------------------------------------------------
H205Z03 = """
# 拍摄预约与底片管理SaaS服务合同

**合同编号：** GY-IT-2026-009

**甲方（客户）：** 成都光影时刻摄影连锁有限公司
**住所：** 四川省成都市锦江区东大街紫东楼段35号

**乙方（服务商）：** 杭州云拍科技有限公司
**住所：** 浙江省杭州市西湖区文三路477号

甲方在全国经营42家摄影门店，拟使用乙方"云拍"平台统一管理拍摄预约和客片。双方根据《中华人民共和国民法典》，经协商一致订立本合同。

## 1. 服务内容

1.1 乙方通过其"云拍"SaaS平台向甲方及其42家门店提供拍摄预约、档期排班、客户管理、底片（RAW原片及精修片）云端存储、在线选片与交付、小程序预约与定金支付等服务（以下简称"订阅服务"）。

1.2 乙方负责以下实施服务：近三年历史订单及客户资料迁移；门店、套系、摄影师及化妆师档期配置；与甲方微信小程序及支付账户对接；为甲方定制门店经营报表；店长及摄影师培训。

1.3 订阅服务期三年，自上线验收合格之日起计算。

1.4 乙方为甲方配备专属客户成功经理，并提供在线客服；门店员工可通过平台工单提交问题。

## 2. 服务费用

| 项目 | 计费方式 | 单价（元） | 数量 | 三年金额（元） |
|---|---|---|---|---|
| 门店订阅费 | 每店每年 | 6,800 | 42店×3年 | 856,800 |
| 底片存储扩容（200TB） | 每年 | 96,000 | 3年 | 288,000 |
| 实施服务 | 一次性 | 148,000 | 1项 | 148,000 |
| **合计** | | | | **1,292,800** |

2.1 本合同总额为人民币壹佰贰拾玖万贰仟捌佰元整（¥1,292,800），含6%增值税。

2.2 服务期内甲方新开门店的，新增门店按每店每年6,800元按月折算计费，另行结算。

## 3. 付款

3.1 本合同不设预付款。

3.2 订阅费和存储扩容费按季度结算，每季度结束后20日内，甲方凭乙方发票支付当季费用人民币95,400元。

3.3 实施费在上线验收合格后20日内一次性支付。

## 4. 实施与上线验收

4.1 乙方应在合同签订后45日内完成实施工作并书面申请上线验收。

4.2 验收标准：
- （1）历史订单约18.6万条、客户资料约9.2万条迁移完整，按门店抽样核对无差错；
- （2）42家门店全部完成配置，并连续试运行7日；
- （3）小程序预约、定金支付及退款与支付账户对账一致；
- （4）单张RAW底片上传、选片页面加载时间符合附件《技术规格》；
- （5）定制门店报表经甲方财务和运营部门确认。

4.3 系统上线或甲方开始使用均不视为验收合格，以甲方签署的验收单为准。

4.4 乙方逾期完成上线验收的，每逾期一日向甲方支付违约金人民币1,000元。

4.5 实施期间乙方派驻两名实施顾问到甲方成都总部，并按甲方确定的顺序分批完成门店上线培训。甲方应指定项目负责人，及时提供门店、套系和价格资料。

## 5. 服务水平

5.1 平台月度可用率不低于99.5%（不含提前48小时通知且安排在凌晨1:00至6:00的计划维护）。

5.2 一级故障（全部门店无法预约或无法访问底片）乙方应在15分钟内响应，2小时内恢复；二级故障（部分门店或部分功能不可用）1小时内响应，8小时内恢复；三级故障2个工作日内解决。

5.3 月度可用率低于约定值的，乙方按以下比例抵扣服务费：低于99.5%但不低于98.5%的，抵扣当月对应费用的5%；低于98.5%的，抵扣当月对应费用的20%。

5.4 一级故障响应或恢复超时的，每次另行抵扣当月对应费用的2%。

## 6. 续期

6.1 服务期满前60日内任何一方未书面提出不再续约的，本合同自动续期一个服务年度，此后亦同。

6.2 每次续期时，乙方有权根据当年价格政策调整门店订阅费和存储扩容费，上调幅度不超过上一服务年度费用的8%，乙方应在续期前30日书面通知甲方，续期后按调整后的价格结算。

## 7. 数据

7.1 甲方及其顾客的预约信息、联系方式、底片、精修片等数据（以下简称"甲方数据"）归甲方所有。

7.2 乙方将平台部署于阿里云华东（杭州）区域，平台已完成网络安全等级保护第三级备案。乙方应对底片及个人信息采取加密存储、传输加密、最小权限访问和操作日志审计等措施；发生数据泄露等安全事件的，乙方应在24小时内通知甲方并采取补救措施；因乙方原因造成的损失由乙方承担。

7.3 甲方同意，乙方可在去除顾客姓名、电话及人脸图像后，对预约数据、套系销售数据和底片元数据（拍摄参数、修图时长等）进行汇总分析，用于改进平台产品、训练智能修图模型及发布行业趋势报告；该等使用在本合同终止后仍可继续。

7.4 乙方员工访问甲方数据须经内部审批并留存记录，不得下载或私自保存底片。

7.5 本合同终止后30日内，乙方应按甲方要求导出并移交全部甲方数据，随后删除平台上的甲方数据并出具删除证明。

## 8. 知识产权

8.1 平台软件及其更新版本的知识产权归乙方所有。

8.2 乙方为甲方定制的门店经营报表、小程序页面及接口程序的知识产权归甲方所有，乙方应交付源代码，甲方可自行修改或交由第三方使用。

## 9. 保密

9.1 双方对履约中获得的对方商业信息（包括经营数据、价格、门店拓展计划和技术资料）负有保密义务，未经对方书面同意不得向第三方披露。保密义务在本合同终止后三年内继续有效。

## 10. 违约与责任限制

10.1 乙方违反本合同约定的，应采取补救措施并赔偿甲方损失。

10.2 乙方在本合同项下的累计赔偿总额以本合同总额的150%为限；但因乙方故意、重大过失或违反第7条造成的损失不受此限。

## 11. 分包

11.1 乙方不得将本合同项下的服务分包给第三方。平台所用云基础设施服务商（阿里云）为双方签约时确认，如需变更，须事先取得甲方书面同意。

## 12. 合同解除

12.1 乙方严重违约（包括连续两个月可用率低于约定值），经甲方书面通知后20日内未纠正的，甲方有权解除合同，乙方应退还已付未履行部分的费用。

12.2 任何一方不得无故提前解除本合同。

## 13. 适用法律与争议解决

13.1 本合同适用中华人民共和国法律。

13.2 因本合同产生的争议，双方应友好协商；协商不成的，提交成都仲裁委员会仲裁。

## 14. 其他

本合同一式两份，双方各执一份，自双方签字盖章之日起生效。附件《技术规格》《门店清单》为本合同组成部分。

甲方（盖章）：成都光影时刻摄影连锁有限公司
乙方（盖章）：杭州云拍科技有限公司
"""

# ---------------------------------------------------------------------------------------------------------------
# h205z04 — 县水利局 水库大坝安全监测平台 annual O&M (政府采购 竞争性磋商), .pdf, 第X条 + （一）
# ---------------------------------------------------------------------------------------------------------------
H205Z04 = """
T:青溪县水库大坝安全监测平台2026年度运维服务合同
P:合同编号：QXSL-YW-2026-03
P:采购方式：竞争性磋商（采购项目编号：QXCG-2026-C014）
P:甲方（采购人）：青溪县水利局
P:地址：青溪县城关镇河滨路18号
P:乙方（成交供应商）：江西禹衡水利信息科技有限公司
P:地址：南昌市红谷滩区丰和中大道912号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》、本项目竞争性磋商文件、乙方响应文件及成交通知书，双方就青溪县水库大坝安全监测平台2026年度运维服务订立本合同。
H:第一条 服务范围与期限
P:（一）乙方负责全县12座水库（中型水库1座、小型水库11座）大坝安全监测平台及前端设施的年度运行维护，包括：监测平台软件（含预警模块和移动端）运维；渗压计96支、GNSS表面位移监测站14套、雨量水位站12套的巡检、校准与维修；通信链路保障；监测数据整编分析及年度大坝安全监测报告编制；汛期驻点值守。
P:（二）服务期自2026年1月1日起至2026年12月31日止。
P:（三）监测设施清单及平台功能清单见附件一，服务标准见附件二《运维服务要求》。
H:第二条 服务费用
P:（一）本合同总价为人民币伍拾万零贰仟元整（¥502,000），为固定总价，包含人工、交通、校准、通信资费、备品备件、税费等全部费用。分项如下：
TB:序号|项目|金额（元）
TB:1|监测平台软件运维|118,000
TB:2|前端监测设施巡检维护|186,400
TB:3|通信链路（12座水库×3,600元）|43,200
TB:4|数据整编分析及年度安全监测报告|64,000
TB:5|汛期驻点值守（6月1日至9月30日）|52,000
TB:6|备品备件包干|38,400
TB:|合计|502,000
P:（二）服务期内监测设施数量发生变化的，按附件一单价据实调整，另行签订补充协议。
H:第三条 付款方式
P:（一）本合同不设预付款。
P:（二）服务费按季度支付。每季度考核合格后10个工作日内，甲方支付合同总价的25%，即人民币125,500元。
P:（三）季度考核不合格的，按本合同第十一条扣减后支付。乙方应在每次付款前开具增值税发票。
P:（四）乙方应在合同签订前提交合同总价2%的履约保证金，即人民币10,040元；年度服务验收合格后10个工作日内无息退还。
H:第四条 服务要求
P:（一）前端设施每月巡检一次，汛期每半月巡检一次；渗压计和GNSS位移站每年校准一次，并提交校准记录。
P:（二）乙方应保证监测数据按附件二规定的频次自动采集、传输和入库，发现数据异常应在当日核实并报告甲方。
P:（三）汛期（6月1日至9月30日）乙方安排2名技术人员在甲方值班室驻点值守，参与汛期会商。
P:（四）乙方每月5日前提交上月运维月报，每季度结束后10日内提交季度数据分析报告，2027年1月20日前提交年度大坝安全监测报告。
P:（五）乙方应建立运维台账，对每次巡检、校准和维修作书面记录并拍照存档，随月报一并提交甲方。
P:（六）遇暴雨、台风等预警，乙方应服从甲方防汛调度，加密巡查前端设施，保障监测数据实时传输，并及时报告异常测值。
P:（七）乙方人员进入水库管理范围作业，应遵守水库安全管理规定，配备救生衣等防护用品；乙方自行承担其人员的安全责任。
P:（八）乙方应指定一名项目负责人，服务期内不得随意更换；更换须经甲方同意。
H:第五条 故障响应
P:（一）一级故障（监测平台中断、预警功能失效或中型水库监测数据全部中断）：乙方应在6小时内响应，24小时内到达现场，48小时内修复。
P:（二）二级故障（单座小型水库数据中断或单台设备损坏）：乙方应在12小时内响应，3日内修复。
P:（三）三级故障（不影响数据采集的一般问题）：5个工作日内处理完毕。
P:（四）乙方超出上述时限的，每超出1小时扣减服务费500元，在当季服务费中扣除。
H:第六条 考核与验收
P:（一）季度考核内容：1．每座水库每季度数据连续缺测不超过3日；2．前端设备故障均在本合同第五条规定的时限内修复；3．巡检记录、校准记录和月报齐全、真实。
P:（二）季度考核由甲方组织，乙方应在每季度结束后5日内提交考核材料，甲方在收到材料后10个工作日内出具考核意见。
P:（三）年度服务验收：服务期满后，甲方组织专家对年度大坝安全监测报告进行评审，并结合四个季度的考核结果进行年度服务验收，出具书面验收意见。
P:（四）考核或验收不合格的，乙方应在10日内整改并申请复核。
P:（五）服务期满前，乙方应向甲方移交设备台账、校准记录、平台账号权限清单、运维手册及全部监测数据备份，并配合后续运维单位做好交接。
H:第七条 数据安全
P:（一）监测数据、视频图像、工程图纸及平台中的全部数据归甲方所有，乙方不得用于本合同以外的目的，不得向任何第三方提供。
P:（二）乙方应按网络安全等级保护第二级要求运维平台，落实账号权限管理、数据备份（每日增量、每周全量）和日志审计；远程维护须经甲方同意并留存记录。
P:（三）发生数据泄露、篡改或平台遭受攻击的，乙方应在2小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部责任。
H:第八条 保密
P:乙方对履约中知悉的水库工程资料、调度方案和防汛信息负有保密义务，未经甲方书面同意不得对外披露。保密义务在本合同终止后继续有效。
H:第九条 知识产权
P:乙方在运维中形成的报告、数据整编成果、设备台账及为甲方编写或改进的数据处理脚本，其知识产权归甲方所有，甲方可自由使用和修改。
H:第十条 分包
P:乙方不得转包本合同。GNSS位移监测站、渗压计的检定及返厂维修，乙方可委托设备原厂或具有相应资质的单位实施，提前3个工作日书面告知甲方即可，乙方对其工作成果负责。
H:第十一条 违约责任
P:（一）乙方未按期提交运维月报、季度数据分析报告或年度大坝安全监测报告的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:（二）季度考核不合格的，甲方扣减当季服务费的5%；因乙方未及时处置故障导致监测数据缺失并造成甲方损失的，乙方承担赔偿责任。
P:（三）甲方无正当理由逾期付款的，按逾期金额每日万分之三向乙方支付违约金。
H:第十二条 合同解除
P:乙方严重违约或连续两个季度考核不合格，经甲方书面通知后10日内未改正的，甲方有权解除合同，并按实际服务期限结算费用。
H:第十三条 合同期满
P:服务期满本合同自动终止，不自动续期。后续运维服务由甲方依法另行组织采购。
H:第十四条 争议解决
P:本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:本合同一式五份，甲方执三份，乙方执二份，自双方签字盖章之日起生效。磋商文件、响应文件和成交通知书为本合同的组成部分。
P:甲方（盖章）：青溪县水利局　　　乙方（盖章）：江西禹衡水利信息科技有限公司
P:签订日期：2025年12月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h205z05 — 泡椒 maker, MES licence + custom development on the supplier's own template, .md, 1. / 1.1
# ---------------------------------------------------------------------------------------------------------------
H205Z05 = """
# 数匠MES制造执行系统软件许可及实施合同

> 数匠标准合同文本 V4.0（2025年版）

合同编号：SJ-MES-2026-0218

甲方（用户）：重庆渝辣坊食品有限公司
住所：重庆市江津区德感工业园区食品大道66号

乙方（许可方）：成都数匠工业软件有限公司
住所：四川省成都市高新区天府大道中段1388号

鉴于甲方从事泡椒、泡椒凤爪调料及复合调味品的生产，需建设制造执行系统（MES）；乙方是数匠MES软件的著作权人。双方经协商，就软件许可及实施事宜达成如下协议。

## 1. 定义

1.1 "许可软件"：指乙方享有著作权的数匠MES标准版及食品追溯模块，包括其执行程序和用户文档。

1.2 "定制开发"：指乙方根据甲方需求，在许可软件基础上开发的泡椒发酵工艺管理、盐水浓度与温度在线采集、批次追溯与召回、与金蝶云星空ERP对接等功能。

1.3 "上线"：指许可软件及定制开发功能在甲方生产环境完成部署并开始使用。

## 2. 合同标的与价款

2.1 合同标的及价款如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 数匠MES标准版永久许可（80个并发用户） | 560,000 |
| 2 | 食品追溯模块永久许可 | 120,000 |
| 3 | 定制开发 | 468,000 |
| 4 | 实施服务（蓝图设计、部署、数据初始化、培训） | 156,000 |
| 5 | 数据采集网关（12台×8,500元） | 102,000 |
| | **合计** | **1,406,000** |

2.2 合同总价为人民币壹佰肆拾万零陆仟元整（¥1,406,000），含税。上述价款不含免费维护期满后的维护服务费。

2.3 因甲方需求变更产生的额外工作量，按乙方人天单价2,800元另行计费。需求变更须以书面形式提出，经双方确认后执行，工期相应顺延。

2.4 数据采集网关的保修期同本合同第6.1条约定的免费维护期。

## 3. 付款方式

3.1 合同签订后5个工作日内，甲方支付合同总价的50%，即703,000元。

3.2 系统上线后5个工作日内，甲方支付合同总价的45%，即632,700元。

3.3 系统上线满三个月后5个工作日内，甲方支付剩余5%，即70,300元。

3.4 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，且乙方有权暂停实施和维护服务。

## 4. 实施

4.1 乙方在收到首期款后90日内完成系统上线。

4.2 甲方应按乙方要求提供服务器、网络环境、基础数据及关键用户，并及时确认蓝图方案。因甲方原因导致延期的，工期相应顺延。

4.3 乙方逾期上线的，每逾期一日，按合同总价的万分之一向甲方支付违约金，违约金总额不超过合同总价的2%。

4.4 实施交付物包括：需求调研报告、蓝图设计说明书、系统配置清单、接口说明、用户操作手册及培训记录。交付物以乙方提交的版本为准。

4.5 乙方为甲方关键用户提供三次集中培训，每次不超过两天；超出部分按乙方人天单价另行计费。

4.6 数据采集网关由乙方负责安装于甲方泡制车间和灌装车间，甲方负责提供电源、网络点位及现场作业条件。

4.7 甲方应指定项目经理和各车间关键用户，按乙方实施计划参加调研、确认方案、准备物料编码、配方及工艺路线等基础数据，并对基础数据的准确性负责。

4.8 系统部署于甲方自有服务器，服务器、操作系统、数据库及网络安全设备由甲方自行采购和维护。

## 5. 验收

5.1 系统上线运行，即视为甲方验收合格。

5.2 上线后甲方发现的问题，由乙方在维护期内处理，不影响验收结论及付款。

## 6. 维护服务

6.1 免费维护期为六个月，自系统上线之日起计算。免费维护期内，乙方提供远程故障处理和软件缺陷修复。

6.2 故障响应：一级故障（系统无法登录或生产报工中断）乙方在接到甲方报修后24小时内响应；其他故障在3个工作日内响应。

6.3 乙方将尽力在合理时间内修复故障，但不因响应时间或修复时间承担违约金、扣款或赔偿责任。

6.4 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订维护服务合同，维护费按乙方当年公布的标准服务价格收取，乙方有权每年调整该价格。

## 7. 知识产权

7.1 许可软件的著作权及其他知识产权归乙方所有，甲方获得永久、非独占的使用许可。

7.2 定制开发成果（包括源代码、配置文件、接口程序和技术文档）的知识产权归乙方所有。甲方在本合同约定范围内享有非独占、不可转让的使用权，不得修改、反编译或许可第三方使用。乙方不向甲方提供定制开发的源代码。

7.3 乙方有权将定制开发中形成的通用功能纳入其标准产品。

## 8. 数据

8.1 甲方的生产数据归甲方所有。

8.2 乙方应采取必要的安全措施保护甲方数据，包括服务器访问权限控制、数据传输加密和操作日志留存。因乙方原因造成甲方数据泄露的，乙方应在48小时内通知甲方，并承担相应的赔偿责任。

8.3 甲方同意乙方对脱敏后的生产工艺参数、发酵周期、原料损耗及良率等数据进行分析使用，用于乙方产品改进及食品行业解决方案的开发。

8.4 甲方应自行做好生产数据的日常备份。

## 9. 保密

9.1 双方对在合作中获知的对方商业秘密和技术秘密负有保密义务，未经对方书面同意不得向第三方披露。保密期限为本合同终止后两年。

## 10. 责任限制

10.1 乙方在本合同项下的累计赔偿责任，不超过合同总价的20%。

10.2 在任何情况下，乙方均不对甲方的间接损失、利润损失、产品召回费用或商誉损失承担责任。

## 11. 合同解除

11.1 一方严重违约，经对方书面通知后30日内仍未纠正的，守约方可以书面通知解除本合同。

11.2 本合同解除后，甲方应停止使用定制开发成果并支付乙方已完成工作的费用。

## 12. 争议解决

12.1 因本合同产生的争议，双方应协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 13. 不可抗力

13.1 因地震、洪水、疫情、政府行为等不可抗力导致一方不能履行合同的，该方应及时通知对方，并在不可抗力影响范围内免除责任。

## 14. 其他

14.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

14.2 本合同未尽事宜，由双方协商确定。任何一方的通知应以书面形式送达本合同首页所列地址。

甲方（盖章）：重庆渝辣坊食品有限公司
乙方（盖章）：成都数匠工业软件有限公司
"""

# ---------------------------------------------------------------------------------------------------------------
# h205e01 — Shengzhou necktie maker, jacquard-design software perpetual licence + configuration + support;
#           vendor on Inishkeel (Irish style), .pdf, "Clause N"
# ---------------------------------------------------------------------------------------------------------------
H205E01 = """
T:SOFTWARE LICENCE, CONFIGURATION AND SUPPORT AGREEMENT
P:Agreement No. IWS-CN-2026-014
P:THIS AGREEMENT is made on the ____ day of March 2026
P:BETWEEN:
P:(1) INISHKEEL WEAVE SYSTEMS LIMITED, a private company limited by shares incorporated in Ireland (company number 614207), whose registered office is at The Boathouse, Inishkeel, Portnoo, County Donegal, Ireland (hereinafter "the Vendor"); and
P:(2) SHENGZHOU JINLU NECKTIE CO., LTD., a limited liability company established under the laws of the People's Republic of China (unified social credit code 91330683MA2BX7K41Q), whose registered office is at No. 58 Lingjiang Road, Shengzhou, Zhejiang Province, China (hereinafter "the Customer").
P:WHEREAS:
P:(A) The Vendor develops and licenses the LoomCraft jacquard design suite for silk and necktie weavers.
P:(B) The Customer weaves neckties on 22 jacquard looms at its Shengzhou mill and wishes to use the LoomCraft suite, configured for its looms and design archive.
P:(C) At the Customer's request all prices in this Agreement are stated and payable in Chinese Renminbi (CNY).
P:NOW IT IS HEREBY AGREED as follows:
H:Clause 1 Definitions and Interpretation
P:1.1 In this Agreement: "Licensed Software" means the LoomCraft Design Studio and the LoomCraft Loom Converter described in Schedule 1, with their documentation and updates; "Configuration Deliverables" means the colour libraries, loom profiles, design templates, migration scripts and converted designs produced by the Vendor for the Customer; "Final Acceptance" means the Customer's signature of the Final Acceptance Certificate under Clause 5.3; "Contract Price" means the price in Clause 3.1.
P:1.2 Headings are for convenience only. The Schedules form part of this Agreement.
H:Clause 2 Licence
P:2.1 The Vendor grants to the Customer a perpetual, irrevocable, non-exclusive licence to use the Licensed Software on up to fourteen (14) workstations for the Design Studio and at the Shengzhou mill for the Loom Converter, for the business of the Customer and its affiliates in mainland China. The Customer may make back-up copies.
P:2.2 The Licensed Software and all intellectual property rights in it remain with the Vendor.
H:Clause 3 Price
P:3.1 The Contract Price is CNY 1,306,000, inclusive of all taxes, duties and expenses, made up as follows:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|LoomCraft Design Studio, perpetual licence|14 seats|58,000|812,000
TB:2|LoomCraft Loom Converter (Staubli and Bonas heads), perpetual site licence|1|146,000|146,000
TB:|Licence Subtotal|||958,000
TB:3|Configuration: colour libraries, weave-structure library, profiles for 22 looms|1 lot|238,000|238,000
TB:4|Migration of 9,400 legacy designs|1 lot|74,000|74,000
TB:5|On-site training of designers and loom technicians (5 days)|1 lot|36,000|36,000
TB:|Contract Price|||1,306,000
P:3.2 The Contract Price is fixed and shall not be varied save by a written variation signed by both parties.
H:Clause 4 Payment
P:4.1 The Customer shall pay the Contract Price in the following instalments, each within twenty (20) days after receipt of a correct invoice: (a) twenty per cent (20%), being CNY 261,200, after signature of this Agreement; (b) forty-five per cent (45%), being CNY 587,700, after the issue of the Installation Certificate; and (c) thirty-five per cent (35%), being CNY 457,100, after Final Acceptance.
P:4.2 The Installation Certificate evidences installation only and shall not constitute acceptance of the Licensed Software or of any Configuration Deliverable.
H:Clause 5 Installation and Acceptance
P:5.1 The Vendor shall install the Licensed Software and deliver the Configuration Deliverables within seventy (70) days after signature. When installation is complete, the Customer shall issue an Installation Certificate within five (5) working days.
P:5.2 Acceptance tests shall be carried out at the Customer's mill under the test plan in Schedule 2 and shall show that: (a) two hundred (200) sample designs chosen by the Customer round-trip between the Design Studio and the Loom Converter without loss of pattern, colourway or weave data; (b) loom files generated for each of the 22 looms run on that loom without error; (c) colour rendering on calibrated screens matches the Customer's physical thread cards within a colour difference of Delta E 1.5; (d) the 9,400 migrated designs open and print correctly, checked on a sample of five hundred (500); and (e) no Severity 1 fault occurs during a trial production period of twenty-one (21) days.
P:5.3 When the tests are passed, the Customer shall sign a Final Acceptance Certificate within ten (10) working days. Installation, use of the Licensed Software in production or payment of any instalment shall not constitute or imply acceptance. Failed tests are repeated after correction at the Vendor's cost.
H:Clause 6 Warranty
P:6.1 The Vendor warrants that for twenty-four (24) months from Final Acceptance (the "Warranty Period") the Licensed Software and the Configuration Deliverables will perform materially in accordance with their documentation and Schedule 1. During the Warranty Period the Vendor shall correct defects and supply updates free of charge.
P:6.2 Faults are classified as follows. Severity 1: the Design Studio cannot be used, or loom files cannot be generated or are rejected by the looms. Severity 2: a material function fails but a workaround exists. Severity 3: any other fault. The Vendor shall respond to a Severity 1 fault within one (1) hour, by remote session, at any time from 07:00 to 23:00 China Standard Time on any day, and shall restore service within eight (8) hours; Severity 2 faults shall be responded to within two (2) hours and corrected within three (3) working days; Severity 3 faults shall be corrected in the next update.
P:6.3 For each full hour by which the Vendor exceeds a Severity 1 response or restoration time, the Vendor shall pay the Customer CNY 1,000, which the Customer may deduct from any amount due to the Vendor.
H:Clause 7 Support after the Warranty Period
P:7.1 After the Warranty Period the Vendor shall, if the Customer so orders, provide annual support on the terms of Clauses 6.2 and 6.3, with all updates and new versions.
P:7.2 The annual support fee is eleven per cent (11%) of the Licence Subtotal, being CNY 105,380 per year, and shall not be increased for the first three support years. Any later increase shall not exceed three per cent (3%) per year.
P:7.3 Support is ordered year by year by the Customer's purchase order and does not renew automatically.
H:Clause 8 Intellectual Property
P:8.1 The Configuration Deliverables, including their source files, and all intellectual property rights in them vest in the Customer upon creation. The Customer may use, modify, copy and license them without restriction.
P:8.2 The Vendor shall indemnify the Customer against any claim that the Licensed Software infringes the intellectual property rights of a third party.
H:Clause 9 Customer Data and Security
P:9.1 All designs, colourways, thread cards, customer brand artwork and production data of the Customer ("Customer Data") belong to the Customer. The Vendor shall process Customer Data only to perform this Agreement, and shall not copy, retain or use it for any other purpose.
P:9.2 The Licensed Software runs on the Customer's own servers. The Vendor may access them remotely only through a session approved by the Customer each time, with multi-factor authentication and logging, and shall not remove any Customer Data from them. The Vendor shall comply with the PRC Personal Information Protection Law and Data Security Law.
P:9.3 The Vendor shall notify the Customer within twenty-four (24) hours after becoming aware of any unauthorised access to or loss of Customer Data, shall take all reasonable measures to contain it, and shall be liable for all losses caused by a breach of this Clause 9.
H:Clause 10 Confidentiality
P:10.1 Each party shall keep confidential all information of the other party received under this Agreement, including the Customer's designs, customer lists and prices, and shall not disclose it to any third party without the other party's prior written consent, except as required by law. This obligation survives termination for five (5) years.
H:Clause 11 Delay
P:11.1 If Final Acceptance is delayed beyond one hundred and twenty (120) days after signature of this Agreement for reasons attributable to the Vendor, the Vendor shall pay the Customer liquidated damages of zero point zero eight per cent (0.08%) of the Contract Price for each day of delay, up to a maximum of eight per cent (8%) of the Contract Price. The parties agree that this is a genuine pre-estimate of loss and not a penalty.
H:Clause 12 Limitation of Liability
P:12.1 The total liability of the Vendor under or in connection with this Agreement shall not exceed one hundred and fifty per cent (150%) of the Contract Price. This limit shall not apply to liability for death or personal injury, fraud, wilful default, breach of Clause 9 or Clause 10, or the indemnity in Clause 8.2.
H:Clause 13 Subcontracting and Assignment
P:13.1 The Vendor shall not subcontract any part of its obligations without the prior written consent of the Customer and remains responsible for any approved subcontractor.
H:Clause 14 Termination
P:14.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and, where the breach is capable of remedy, fails to remedy it within thirty (30) days after written notice requiring it to do so.
P:14.2 If the Customer terminates for the Vendor's breach before Final Acceptance, the Vendor shall refund the amounts paid.
H:Clause 15 Governing Law and Disputes
P:15.1 This Agreement and any non-contractual obligations arising out of it shall be governed by and construed in accordance with the laws of Ireland.
P:15.2 Any dispute arising out of or in connection with this Agreement shall be referred to and finally resolved by arbitration in Dublin, Ireland, under the UNCITRAL Arbitration Rules, by a sole arbitrator, in the English language, in accordance with the Arbitration Act 2010.
H:Clause 16 General
P:16.1 This Agreement is the entire agreement between the parties about its subject matter. Any variation must be in writing and signed by both parties.
P:Schedule 1: Licensed Software, configuration scope and loom list. Schedule 2: Acceptance test plan.
P:IN WITNESS whereof the parties have executed this Agreement on the date first written above.
P:Signed for and on behalf of INISHKEEL WEAVE SYSTEMS LIMITED: ____________________ Director
P:Signed for and on behalf of SHENGZHOU JINLU NECKTIE CO., LTD.: ____________________ Legal Representative
"""

# ---------------------------------------------------------------------------------------------------------------
# h205e02 — Fenghuang old-town guesthouse group, booking SaaS, Order Form + General Terms (German style, §);
#           vendor on the Insel Valentinswerder, .md
# ---------------------------------------------------------------------------------------------------------------
H205E02 = """
# Order Form No. VHS-OF-2026-0331

**Valentinswerder Hospitality Software GmbH**
Insel Valentinswerder 7, 13505 Berlin, Germany
Commercial Register: Local Court (Amtsgericht) Charlottenburg, HRB 219874 B
Managing Directors: Dr. Katrin Sommerfeld, Jonas Brenner
(the "Vendor")

**Customer:** Fenghuang Tuojiang Guesthouse Management Co., Ltd., No. 9 Huilong Pavilion Lane, Tuojiang Town, Fenghuang County, Xiangxi Prefecture, Hunan Province, China (the "Customer")

This Order Form is concluded under, and incorporates, the Vendor's General Terms and Conditions for Software as a Service, version 2025-11 (the "General Terms"), printed below. In case of conflict, this Order Form prevails over the General Terms.

## A. Subscribed Services

1. **Service:** GastHaus Cloud property-management and booking platform: front desk, room inventory and rates, online booking engine for the Customer's WeChat mini-program and website, housekeeping, guest registration with upload to the public-security reporting interface, reporting.
2. **Channel Manager add-on:** two-way rate and availability synchronisation with Ctrip, Meituan and Fliggy.
3. **Properties:** 18 guesthouses of the Customer in Fenghuang Old Town, 346 rooms in total, as listed in Annex 1.
4. **Initial Term:** 24 months from the Go-Live Date.
5. **Setup Services:** configuration of properties, rooms and rate plans; import of future reservations; interface to the Customer's mini-program and payment account; two days of on-site training in Fenghuang.

## B. Fees (CNY)

At the Customer's request all fees are stated and payable in Chinese Renminbi (CNY), inclusive of VAT.

| Item | Basis | Rate | Quantity | Amount over the Initial Term |
|---|---|---|---|---|
| GastHaus Cloud subscription | per room per month | 38 | 346 rooms × 24 months | 315,552 |
| Channel Manager add-on | per month | 2,400 | 24 months | 57,600 |
| Setup Services | one-time | 64,000 | 1 | 64,000 |
| **Total Contract Value** | | | | **437,152** |

## C. Invoicing and Payment

1. The Setup Fee is invoiced on signature of this Order Form and is payable within 14 days.
2. Subscription and Channel Manager fees are invoiced annually in advance for each Contract Year (CNY 186,576 per Contract Year). The first annual invoice is payable 14 days before the planned Go-Live Date; later invoices are payable at the start of each Contract Year.
3. "Contract Year" means each period of twelve months beginning on the Go-Live Date or an anniversary of it.

## D. Go-Live

The planned Go-Live Date is 1 June 2026. Acceptance of the Setup Services follows § 4 of the General Terms.

## E. Approved Sub-processors

Alibaba Cloud (hosting, Shanghai region); Beijing Hanshan Information Technology Co., Ltd. (local first-level support and on-site training).

Signed for the Vendor: __________________ Berlin, date ________
Signed for the Customer: __________________ Fenghuang, date ________

---

# General Terms and Conditions for Software as a Service (GTC-SaaS), version 2025-11

## § 1 Scope

(1) These General Terms apply to all software-as-a-service subscriptions of the Vendor. Conflicting or supplementary terms of the Customer apply only if the Vendor agrees to them in writing.

(2) The specific services, fees and term are stated in the Order Form.

## § 2 Services

(1) The Vendor provides the platform over the internet for the Customer's use during the term. The Vendor may develop the platform further, provided that the functions in the Order Form are not materially reduced.

(2) The Customer may allow its employees and those of its guesthouses to use the platform. The number of users is not limited.

## § 3 Setup Services

(1) The Vendor performs the Setup Services described in the Order Form. The Customer provides room lists, rate plans, photographs and access to its mini-program and payment account in good time.

(2) If the Go-Live Date is delayed for reasons for which the Vendor is responsible, the Vendor pays a contractual penalty (Vertragsstrafe) of 0.1 % of the Total Contract Value for each calendar day of delay, up to 5 % of the Total Contract Value in total. Further damages are not excluded; the penalty is credited against them.

## § 4 Acceptance of the Setup Services

(1) On completion of the Setup Services the Vendor notifies the Customer that the platform is ready for acceptance testing (Abnahme).

(2) Acceptance requires that (a) all 18 properties, 346 rooms and the agreed rate plans are set up correctly; (b) 50 test bookings through the mini-program, the website and each connected channel are correctly created, paid, changed and cancelled without overbooking; (c) guest registration records are transmitted to the public-security reporting interface; and (d) the imported future reservations match the Customer's list.

(3) The Customer declares acceptance in writing within 10 working days after successful tests. Productive use of the platform or payment of an invoice does not constitute acceptance.

## § 5 Availability and Support

(1) The Vendor makes the platform available at 99.95 % of each calendar month, measured at the exit of the data centre, excluding maintenance windows announced 48 hours in advance and scheduled between 01:00 and 05:00 China Standard Time.

(2) Support requests are classified by priority. Priority 1 (platform or booking engine unavailable for all properties): response within 1 hour, 24 hours a day, work continuing until restored. Priority 2 (important function impaired): response within 8 hours. Priority 3: response within 2 working days.

(3) Support is provided in Chinese and English by the Vendor's local support partner named in the Order Form, with escalation to the Vendor in Berlin.

(4) If the availability under paragraph (1) or a response time under paragraph (2) is not met, the Vendor shall remedy the failure without delay. Any reduction of fees (Minderung), service credits or other compensation on account of availability or response times is excluded.

## § 6 Fees and Payment

(1) Fees are due as stated in the Order Form. Invoices are payable without deduction within 14 days.

(2) If the Customer is in default of payment for more than 30 days, the Vendor may suspend access after a further written reminder of 10 days.

## § 7 Customer Data and Data Security

(1) All data that the Customer or its guests enter into the platform, including reservations, guest identities and payment records ("Customer Data"), belong to the Customer. The Vendor processes Customer Data only on the Customer's instructions and only to provide the services.

(2) Customer Data is hosted exclusively in the People's Republic of China (Alibaba Cloud, Shanghai region). The hosting environment holds a Multi-Level Protection Scheme level 3 record. The Vendor encrypts Customer Data in transit and at rest, grants access on a need-to-know basis with multi-factor authentication, logs all administrative access, and complies with the Personal Information Protection Law and the Data Security Law of the PRC. Customer Data is not transferred outside mainland China.

(3) The Vendor notifies the Customer of any personal-data breach or other security incident affecting Customer Data within 24 hours, supports the Customer in reporting it to the authorities, and is liable for damage caused by its breach of this § 7.

(4) On expiry of the contract the Vendor hands over all Customer Data in a standard format within 30 days and then deletes it.

## § 8 Confidentiality

(1) Each party shall keep confidential all business and trade secrets of the other party that become known to it under the contract, and shall use them only for the contract. This obligation continues for three years after the end of the contract.

## § 9 Liability

(1) The Vendor is liable without limitation for intent and gross negligence, for injury to life, body or health, and for breach of § 7.

(2) For slight negligence the Vendor is liable only for breach of an essential contractual obligation (Kardinalpflicht), and only for typical, foreseeable damage.

(3) In all other cases the Vendor's total liability in each Contract Year is limited to the fees paid by the Customer in the twelve months preceding the event giving rise to the claim.

## § 10 Sub-processors and Subcontractors

(1) The Vendor may use the sub-processors and subcontractors named in the Order Form. Any further or replacement sub-processor or subcontractor requires the Customer's prior written consent. The Vendor remains responsible for them.

## § 11 Term and Termination

(1) The contract runs for the Initial Term stated in the Order Form. Thereafter it continues for successive periods of one Contract Year at unchanged fees unless either party gives notice of three months before the end of the current period.

(2) The right of either party to terminate for good cause (aus wichtigem Grund) without notice remains unaffected. Good cause exists in particular if the other party commits a material breach of the contract and does not remedy it within 30 days after a written warning.

## § 12 Intellectual Property

(1) The platform and all rights in it remain with the Vendor. The Customer receives a non-exclusive, non-transferable right to use it for the term.

(2) Booking-page templates, rate-plan structures, report layouts and interface mappings created specifically for the Customer during the Setup Services belong to the Customer, who may use, modify and have them used by third parties freely, also after the end of the contract.

## § 13 Governing Law and Disputes

(1) At the Customer's request, the contract is governed by the laws of the People's Republic of China.

(2) Disputes are settled by arbitration before the Changsha Arbitration Commission in Changsha.

## § 14 Final Provisions

(1) Amendments require written form. This also applies to waiving the written-form requirement.

(2) Should individual provisions be invalid, the validity of the remaining provisions is not affected.
"""

# ---------------------------------------------------------------------------------------------------------------
# h205e03 — Sanya pearl-oyster farm, water-temperature sensors + maintenance; integrator on the Ile de la Suisse
#           (Swiss-French style), buyer's paper, .docx, "Art. N (title)"
# ---------------------------------------------------------------------------------------------------------------
H205E03 = """
T:Supply, Installation and Maintenance Contract for Water-Temperature Monitoring Equipment
P:Contract No. NHP-EQ-2026-06
P:between
P:Sanya Nanhai Pearl Culture Co., Ltd., Houhai Village, Tengqiao Town, Haitang District, Sanya, Hainan Province, People's Republic of China, represented by its legal representative, Mr. Lin Haosheng (the "Buyer")
P:and
P:Lémanique Aquatic Sensing SA, Île de la Suisse, Lake Geneva, Switzerland, registered in the commercial register of the Canton of Geneva under number CHE-318.447.902, represented by Ms. Claire Vuilleumier, director, with individual signature (the "Supplier")
P:Preamble. The Buyer farms pearl oysters (Pinctada maxima and Pinctada martensii) on long-lines in Houhai Bay. Summer heat waves and winter cold snaps cause oyster mortality, and the Buyer wishes to measure water temperature at several depths across its farm and receive alerts in time to lower or move its lines. The Supplier has offered a buoy-based monitoring system. This contract is drawn up on the Buyer's standard form. At the Buyer's request all prices are stated and paid in Chinese Renminbi (CNY).
H:Art. 1 (Object)
P:1.1 The Supplier shall supply, install, moor and commission 64 monitoring stations, each consisting of a solar-powered data buoy and a multi-depth temperature string with probes at 1 m, 3 m and 6 m, together with five LoRaWAN gateways with mobile-network backhaul, a calibration kit with spare probes and a perpetual site licence of its AquaTherm monitoring and alert software, and shall train the Buyer's staff.
P:1.2 The Supplier shall maintain the system free of charge during the warranty period and, if the Buyer so orders, against payment thereafter under Art. 8.
P:1.3 The technical specification (Annex A) and the Supplier's offer of 12 January 2026 (Annex B) form part of this contract. In case of contradiction, this contract prevails over Annex A, and Annex A over Annex B.
H:Art. 2 (Price)
P:2.1 The total Contract Price is CNY 1,517,200, including VAT, customs duties, transport to Sanya, insurance and all expenses. It is made up as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Multi-depth temperature string (3 probes, titanium housing)|64|9,800|627,200
TB:2|Solar-powered data buoy with LoRa radio|64|6,400|409,600
TB:3|LoRaWAN gateway with mobile-network backhaul|5|18,600|93,000
TB:4|AquaTherm monitoring and alert software, perpetual site licence|1|186,000|186,000
TB:5|Calibration kit and spare probes|1 set|38,200|38,200
TB:|Equipment and Licence Subtotal|||1,354,000
TB:6|Installation, mooring and commissioning|1 lot|142,000|142,000
TB:7|Training (operators and farm technicians)|1 lot|21,200|21,200
TB:|Contract Price|||1,517,200
P:2.2 The Contract Price is a fixed price. Additional work is paid only if ordered by the Buyer in writing beforehand.
H:Art. 3 (Payment terms)
P:3.1 The Buyer pays: (a) 10 %, being CNY 151,720, within 15 days after receiving the signed contract and an advance-payment guarantee of a bank acceptable to the Buyer for the same amount; (b) 50 %, being CNY 758,600, after the Installation Certificate under Art. 5.2; (c) 35 %, being CNY 531,020, after Final Acceptance under Art. 6; (d) the remaining 5 %, being CNY 75,860, at the end of the warranty period, provided no warranty claim is outstanding.
P:3.2 Payments are made by bank transfer within 20 days of receipt of a correct invoice.
H:Art. 4 (Delivery)
P:4.1 The Supplier shall deliver all equipment to the Buyer's base at Houhai Bay within 60 days after signature, cleared through customs, with packing lists, certificates of origin and factory calibration certificates for each probe.
P:4.2 Title and risk pass to the Buyer on delivery at the Buyer's base, without prejudice to acceptance.
H:Art. 5 (Installation)
P:5.1 The Supplier shall complete the installation and mooring of all stations at the positions shown in Annex A within 35 days after delivery, taking account of sea state and the typhoon season. Mooring designs shall withstand a sustained wind of Beaufort 12.
P:5.2 When all stations transmit data to the AquaTherm software, the Buyer issues an Installation Certificate within five working days. The Installation Certificate confirms completeness of installation only and is not acceptance.
H:Art. 6 (Acceptance)
P:6.1 After installation a trial period of 21 consecutive days begins.
P:6.2 The system is accepted when: (a) every probe reads within ± 0.1 °C of a calibrated reference thermometer at the three depths, checked at ten stations chosen by the Buyer; (b) during the trial period, readings are received every 10 minutes from at least 62 of the 64 stations on every day; (c) a simulated temperature alert reaches the farm manager's mobile phone and the duty screen within two minutes; (d) the mooring of each station has been inspected by divers and recorded on video; and (e) the operators have been trained and the documentation delivered in Chinese.
P:6.3 The parties record the results in a Final Acceptance Certificate signed by both. Delivery, installation, use of the system or payment do not constitute acceptance. If the criteria are not met, the Supplier shall remedy the defects and the tests are repeated at its cost.
H:Art. 7 (Warranty and service levels)
P:7.1 The warranty period is thirty (30) months from Final Acceptance. During this period the Supplier shall repair or replace free of charge any defective equipment, including probes, batteries and solar panels, and correct software defects, except for damage caused by collision with vessels, theft or typhoons above Beaufort 12.
P:7.2 A critical fault is a loss of data from more than eight stations, or a failure of the alert function. The Supplier shall respond to a critical fault within one (1) hour by telephone and remote diagnosis, and shall have a technician on site within 24 hours, weather permitting. Other faults are answered within one working day and repaired at the next monthly service visit. The Supplier keeps a technician and spare stock in Sanya.
P:7.3 For each hour by which the response time for a critical fault is exceeded, the Supplier owes CNY 600; for each day by which the on-site time is exceeded, CNY 2,000. The Buyer may set these amounts off against the retention.
H:Art. 8 (Maintenance after the warranty)
P:8.1 After the warranty period the Supplier shall, at the Buyer's request, provide maintenance on the terms of Art. 7.2 and 7.3, with two calibration visits per year and replacement of worn probes.
P:8.2 The annual maintenance fee is 7.5 % of the Equipment and Licence Subtotal, being CNY 101,550 per year, fixed for the first three years after the warranty. Maintenance is ordered year by year in writing and is not renewed automatically.
H:Art. 9 (Data and data security)
P:9.1 All measurements, alerts, positions and farm records collected by the system belong to the Buyer. The Supplier may use them only to perform this contract and shall not disclose, sell or analyse them for any other purpose.
P:9.2 The AquaTherm software and database are installed on the Buyer's server in Sanya. Data does not leave mainland China. The Supplier may access the server remotely only after the Buyer's approval for each session, through an encrypted connection with individual accounts; all access is logged.
P:9.3 The Supplier shall report any security incident, unauthorised access or loss of data to the Buyer within 12 hours, take immediate measures to limit its effects and compensate the Buyer for the resulting damage where the incident is due to the Supplier.
H:Art. 10 (Confidentiality)
P:10.1 The parties shall keep confidential any information concerning the other party's business, in particular the Buyer's farm locations, stock and production data, and shall not disclose it to third parties without prior written consent. This obligation continues for five years after the end of the contract.
H:Art. 11 (Intellectual property)
P:11.1 The software remains the property of the Supplier; the Buyer's licence is perpetual and transferable with the farm.
P:11.2 The station configuration, alert rules, dashboards and reports made specifically for the Buyer belong to the Buyer, which may use, modify and pass them to third parties freely.
H:Art. 12 (Delay)
P:12.1 If Final Acceptance is not achieved within 130 days after signature for reasons attributable to the Supplier, the Supplier shall pay a contractual penalty of 0.07 % of the Contract Price per day of delay, up to 10 % of the Contract Price. Payment of the penalty does not release the Supplier from its obligations.
H:Art. 13 (Liability)
P:13.1 The Supplier's total liability under this contract is limited to twice the Contract Price. The limit does not apply to wilful misconduct, gross negligence, personal injury or breach of Art. 9 and Art. 10.
H:Art. 14 (Subcontracting)
P:14.1 The Supplier may entrust the mooring work to Sanya Haitong Marine Engineering Co., Ltd., which the Buyer approves by signing this contract. Any other subcontracting requires the Buyer's prior written consent. The Supplier remains fully responsible for its subcontractors.
H:Art. 15 (Termination)
P:15.1 The Buyer may terminate the contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days of a written warning, or if the penalty under Art. 12 reaches its maximum. The Supplier shall then refund the amounts received for unaccepted equipment against its return.
H:Art. 16 (Applicable law and jurisdiction)
P:16.1 This contract is governed by the laws of the People's Republic of China, excluding the United Nations Convention on Contracts for the International Sale of Goods.
P:16.2 Any dispute shall be submitted to the Sanya Arbitration Commission for arbitration in Sanya.
H:Art. 17 (Final provisions)
P:17.1 Amendments must be in writing and signed by both parties. The contract is made in two originals in English and Chinese; both texts are equally authentic.
P:Sanya, ____ 2026 — for the Buyer: ____________________
P:Île de la Suisse, ____ 2026 — for the Supplier: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# h205e04 — Changzhou EV start-up, managed IT + desktop support; provider on Eilean Munde (Scottish style),
#           .txt, "N. HEADING"
# ---------------------------------------------------------------------------------------------------------------
H205E04 = """
MANAGED IT AND DESKTOP SUPPORT SERVICES AGREEMENT

between

MUNDE MANAGED SERVICES LIMITED, a company incorporated under the Companies Acts in Scotland (registered number SC702318) and having its registered office at The Chapel House, Eilean Munde, Loch Leven, Ballachulish, Argyll, Scotland (the "Provider")

and

CHANGZHOU VOLTARIS NEW ENERGY VEHICLE TECHNOLOGY CO., LTD., a company established in the People's Republic of China and having its registered office at No. 18 Xinke Road, Wujin National High-tech Industrial Zone, Changzhou, Jiangsu Province, China (the "Client")

BACKGROUND

(A) The Client is a start-up developing battery-electric light commercial vehicles, with an office, an engineering centre and a pilot workshop in Changzhou and about 420 staff.

(B) The Provider supplies managed IT services to engineering companies and operates in China through its wholly owned subsidiary, Munde IT Services (Suzhou) Co., Ltd.

(C) The Client wishes to outsource its service desk, desktop support and infrastructure monitoring to the Provider on the terms set out below. At the Client's request, all Charges are stated and payable in Chinese Renminbi (CNY).

1. DEFINITIONS

1.1 In this Agreement: "Charges" means the charges set out in Schedule Part 2; "Client Data" means all data, documents and records of the Client, including engineering drawings, vehicle test data and personal information of its employees, that the Provider handles in providing the Services; "Go-Live Date" means the date of Transition Acceptance under Clause 4.3; "Minimum Term" means 24 months from the Go-Live Date; "Services" means the services described in Clause 2 and Schedule Part 1; "Service Levels" means the levels in Schedule Part 3.

1.2 Any reference to a Clause or Schedule Part is to a clause of, or a part of the Schedule to, this Agreement. Words such as "including" do not limit the words that precede them.

2. SERVICES

2.1 From the Go-Live Date the Provider shall provide: (a) a service desk in Mandarin and English, available by telephone, e-mail and the Client's messaging platform from 07:30 to 21:00 on working days and on call at all other times; (b) two desktop support engineers on site at the Client's Changzhou premises during office hours; (c) management of the Client's laptops, desktops and engineering workstations, including imaging, software distribution, operating-system patch deployment and asset records; (d) joiner, mover and leaver processing; (e) monitoring of the Client's network, Wi-Fi, servers and backup jobs from the Provider's service centre; and (f) monthly service reporting and a quarterly service review.

2.2 The Services do not include the Client's engineering software licences, vehicle test-bench systems or hardware purchases, which the Provider may quote separately.

3. CHARGES AND PAYMENT

3.1 The Charges are:

  User support charge: 420 users x CNY 165 per month = CNY 69,300 per month
  On-site desktop engineers: 2 x CNY 21,500 per month = CNY 43,000 per month
  Network and server monitoring: CNY 9,800 per month
  Total monthly charge: CNY 122,100 (CNY 2,930,400 over the Minimum Term)
  Transition charge (one-off): CNY 86,000
  Total value over the Minimum Term: CNY 3,016,400

3.2 Monthly charges are invoiced monthly in arrears. The transition charge is invoiced on Transition Acceptance. No sum is payable in advance.

3.3 If the number of users changes by more than 20 users, the user support charge is adjusted at CNY 165 per user per month from the following month.

3.4 The Client shall pay each correct invoice within 30 days of receipt. All Charges are inclusive of VAT.

4. TRANSITION

4.1 The Provider shall carry out the transition described in Schedule Part 1 within 45 days after signature of this Agreement.

4.2 Transition Acceptance requires that: (a) all 420 users and their devices are enrolled in the Provider's device-management tool and the asset register reconciles with the Client's records; (b) the service desk has handled live calls for ten working days in parallel with the Client's present IT team; (c) monitoring of all network devices, servers and backup jobs listed in Schedule Part 1 is active and alerts are tested; and (d) the knowledge base and runbooks are handed over and approved by the Client's IT manager.

4.3 When the criteria are met, the Client signs a Transition Acceptance Certificate within five working days. Starting the Services or paying any invoice does not amount to acceptance.

4.4 If Transition Acceptance is delayed beyond the period in Clause 4.1 for reasons attributable to the Provider, the Provider shall pay the Client CNY 2,500 for each day of delay, up to a total of CNY 150,000.

5. SERVICE LEVELS AND SERVICE CREDITS

5.1 The Provider shall meet the Service Levels in Schedule Part 3. In summary: a Priority 1 incident (an outage affecting the whole site, the engineering file servers or more than 50 users) shall be responded to within 30 minutes at any time and resolved within six hours; a Priority 2 incident within one hour and eight hours; Priority 3 incidents and service requests within one working day and three working days.

5.2 If the Provider fails to meet a Service Level in any month, the Client shall be entitled to service credits of 5 % of the total monthly charge for each Priority 1 incident not responded to or resolved in time, and 1 % for each Priority 2 incident not resolved in time, up to 20 % of the total monthly charge in any month. Credits are deducted from the next invoice.

6. CLIENT RESPONSIBILITIES

6.1 The Client shall give the Provider's engineers access to its premises, systems and administrator accounts as reasonably required, provide desk space and appoint an IT manager as the Provider's point of contact.

7. PERSONNEL

7.1 The Provider shall assign suitably qualified staff, fluent in Mandarin, to the on-site and service-desk roles, and shall not replace the on-site engineers without two weeks' notice except for illness or departure.

8. INTELLECTUAL PROPERTY

8.1 Scripts, device images, runbooks, knowledge-base articles and reports written by the Provider for the Client ("Client Deliverables") belong to the Client, which may use, modify and hand them to any successor provider freely. The Provider's own tools and know-how remain the Provider's.

9. CLIENT DATA

9.1 Client Data remains the property of the Client at all times.

9.2 The Provider shall use Client Data only for the purpose of providing the Services, and shall return all Client Data in its possession to the Client on expiry or termination of this Agreement.

10. CONFIDENTIALITY

10.1 Each party shall keep in confidence all information of the other party that it receives under this Agreement and that is marked confidential or would reasonably be regarded as confidential, including the Client's vehicle designs and business plans, and shall not disclose it to any third party without the prior written consent of the other party, except to its professional advisers or as required by law.

10.2 This Clause 10 shall survive the expiry or termination of this Agreement for a period of five years.

11. SUBCONTRACTING

11.1 The Provider may perform the Services through Munde IT Services (Suzhou) Co., Ltd., which the Client approves by signing this Agreement. The Provider shall not otherwise subcontract any part of the Services without the prior written consent of the Client and shall remain responsible for every subcontractor.

12. WARRANTIES

12.1 The Provider warrants that the Services will be performed with reasonable skill and care by appropriately trained staff, and in accordance with good industry practice.

13. LIABILITY

13.1 Nothing in this Agreement limits liability for death or personal injury caused by negligence, or for fraud.

13.2 Subject to Clause 13.1, the total liability of each party in contract, delict or otherwise arising under or in connection with this Agreement shall not exceed 125 % of the total Charges payable over the Minimum Term.

13.3 Neither party shall be liable for indirect or consequential loss, or for loss of profit.

14. TERM

14.1 This Agreement starts on signature and continues until the end of the Minimum Term, when it expires unless the parties sign a written renewal.

15. TERMINATION

15.1 Either party may terminate this Agreement with immediate effect by written notice if the other party becomes insolvent, enters into liquidation or administration, or has a receiver appointed.

15.2 The Client may not terminate this Agreement before the end of the Minimum Term for any other reason. The Client's remedies for any failure in the Services are the service credits under Clause 5.2 and a claim for damages subject to Clause 13.

15.3 On expiry or termination the Provider shall co-operate for up to 30 days in the orderly transfer of the Services to the Client or a successor provider at the rates then applying.

16. GOVERNING LAW AND DISPUTES

16.1 At the Client's request, this Agreement is governed by the law of the People's Republic of China.

16.2 Any dispute shall be referred to the Changzhou Arbitration Commission for arbitration in Changzhou. The award is final and binding.

17. GENERAL

17.1 This Agreement and its Schedule constitute the whole agreement between the parties. No variation is effective unless in writing and signed by both parties.

17.2 This Agreement may be executed in counterparts and by electronic signature, each counterpart being an original.

IN WITNESS WHEREOF these presents consisting of this and the preceding pages together with the Schedule annexed are subscribed as follows:

Subscribed for and on behalf of MUNDE MANAGED SERVICES LIMITED
at ____________ on ____________ 2026 by ____________________ Director

Subscribed for and on behalf of CHANGZHOU VOLTARIS NEW ENERGY VEHICLE TECHNOLOGY CO., LTD.
at Changzhou on ____________ 2026 by ____________________ Legal Representative

SCHEDULE

Part 1: Services description, transition plan, in-scope devices and systems.
Part 2: Charges (as Clause 3.1).
Part 3: Service Levels and service-credit calculation.
"""

# ---------------------------------------------------------------------------------------------------------------
# h205e05 — Yunnan walnut exporter, aflatoxin-test certificate API subscription + integration; vendor on the
#           Isola di Sant'Andrea (Italian style), .txt, "Article N"
# ---------------------------------------------------------------------------------------------------------------
H205E05 = """
SUBSCRIPTION AND INTEGRATION AGREEMENT
for the CertiNut aflatoxin-certificate API

BETWEEN

Sant'Andrea Food Assurance S.r.l., with registered office at Isola di Sant'Andrea, 30141 Venice (VE), Italy, tax code and VAT no. IT04318720279, registered with the Venice Rovigo Register of Companies, in the person of its legal representative pro tempore, Dott.ssa Elena Moretti (hereinafter the "Vendor")

AND

Yunnan Dianxi Walnut Industry Import & Export Co., Ltd., with registered office at No. 26 Cangshan West Road, Yangbi County, Dali Prefecture, Yunnan Province, People's Republic of China, in the person of its legal representative, Mr. Yang Weiming (hereinafter the "Customer")

(the Vendor and the Customer hereinafter jointly the "Parties" and each a "Party")

WHEREAS

a) the Vendor operates CertiNut, a platform that receives lot data from nut exporters, routes samples to accredited laboratories, collects aflatoxin (B1 and total) and moisture results, checks them against the limits of the importing market and issues digitally signed export test certificates with QR verification, all accessible through an application programming interface (the "API");

b) the Customer exports shelled and in-shell walnuts from Yunnan to the European Union, the Middle East and Southeast Asia, about 6,000 lots per year, and wishes to obtain its aflatoxin test certificates through the API directly from its ERP and warehouse systems;

c) at the Customer's request all fees under this Agreement are stated and payable in Chinese Renminbi (CNY);

NOW, THEREFORE, the Parties agree as follows.

Article 1 - Premises and annexes

1.1 The premises and the annexes form an integral and substantial part of this Agreement. Annex A: API and service description; Annex B: Integration specification; Annex C: Approved laboratories; Annex D: Service levels.

Article 2 - Object

2.1 The Vendor grants the Customer access to the API and to the CertiNut web portal for the Subscription Term, for up to 6,000 certificates per Contract Year, and performs the integration services described in Annex B (the "Integration Services"), namely: a connector between the API and the Customer's Kingdee ERP and warehouse system (the "ERP Connector"), mapping of lot, grade and buyer data, automatic printing of certificate QR labels for cartons, and training of the Customer's quality team.

Article 3 - Term and renewal

3.1 The Subscription Term is twenty-four (24) months from the date of Integration Acceptance under Article 6.

3.2 On expiry, the Agreement is tacitly renewed for successive periods of one (1) year unless either Party gives notice of termination by registered letter with return receipt or certified e-mail (PEC) at least ninety (90) days before expiry. On each renewal the Vendor may update the fees in accordance with its price list in force at the time, of which it will inform the Customer by the renewal date.

Article 4 - Fees

4.1 The fees are as follows:

  Platform and API subscription: CNY 168,000 per Contract Year x 2 = CNY 336,000
  Certificate allowance: 6,000 certificates per Contract Year at CNY 14 = CNY 84,000 per Contract Year x 2 = CNY 168,000
  Integration Services (one-off): CNY 126,000
  Total Contract Value: CNY 630,000

4.2 Certificates above the annual allowance are charged at CNY 14 each. Laboratory testing fees are invoiced directly by the laboratories and are not part of this Agreement.

Article 5 - Invoicing and payment

5.1 Subscription and certificate-allowance fees are invoiced quarterly in arrears, in equal instalments of CNY 63,000. The fee for the Integration Services is invoiced after Integration Acceptance. No advance payment is due.

5.2 Invoices are payable by bank transfer within thirty (30) days of the invoice date. All amounts include Chinese VAT.

Article 6 - Integration Services and acceptance

6.1 The Vendor shall complete the Integration Services within sixty (60) days after signature of this Agreement.

6.2 Integration Acceptance takes place when, in a test run agreed with the Customer: a) two hundred (200) test lots are submitted from the ERP and each receives the correct certificate number, laboratory and result; b) every certificate issued in the test matches the laboratory report in all data fields; c) accepted and rejected lots are posted back to the ERP with the correct status; d) QR labels print correctly on the Customer's three label printers and verify on the public verification page; and e) the Customer's quality team has been trained.

6.3 The Customer signs the Integration Acceptance report within ten (10) working days of a successful test. Use of the API in production or payment of any invoice does not constitute acceptance.

6.4 If Integration Acceptance is delayed for reasons attributable to the Vendor, the Vendor shall pay a penalty of 0.08% (zero point zero eight per cent) of the Total Contract Value for each day of delay, up to 8% of the Total Contract Value, without prejudice to compensation for greater damage pursuant to Article 1382 of the Italian Civil Code.

Article 7 - Service levels

7.1 The Vendor guarantees availability of the API and the portal of 99.98% in each calendar month, excluding scheduled maintenance announced five (5) days in advance.

7.2 For Severity 1 incidents (the API does not accept submissions or does not return certificates) the Vendor responds within thirty (30) minutes, twenty-four hours a day, and restores the service within three (3) hours; Severity 2 incidents are responded to within two (2) hours; Severity 3 within one (1) working day.

7.3 If availability in a month falls below the guaranteed level, the Customer receives a service credit of 5% of the monthly share of the subscription fee for each started 0.1 percentage point below it, up to 50%; each late response to a Severity 1 incident gives a further credit of CNY 800. Credits are deducted from the next invoice.

Article 8 - Customer data

8.1 Lot data, laboratory results, certificates, buyer names and all other data that the Customer submits or that the platform generates for the Customer ("Customer Data") belong to the Customer. The Vendor processes Customer Data solely to perform this Agreement and shall not use it, also in aggregated or anonymised form, for statistics, benchmarking, market reports or any other purpose.

8.2 Customer Data is stored on servers located in the People's Republic of China (Alibaba Cloud, Hangzhou region). Certificates are sent abroad only to the importers and authorities designated by the Customer, in compliance with the PRC Personal Information Protection Law and Data Security Law.

8.3 The Vendor applies encryption in transit and at rest, role-based access with two-factor authentication and audit logging, holds ISO/IEC 27001 certification for the platform, and notifies the Customer of any data breach within twenty-four (24) hours, taking all measures necessary to limit its consequences. The Vendor is liable for damage caused to the Customer by a breach of this Article 8.

Article 9 - Intellectual property

9.1 The CertiNut platform, the API and all related software remain the exclusive property of the Vendor.

9.2 The ERP Connector, the data mappings, the label templates and any other software, code or documentation developed by the Vendor for the Customer under the Integration Services remain the exclusive property of the Vendor. The Customer receives a non-exclusive, non-transferable licence to use them for its internal purposes during the Subscription Term only, and may not modify them or have them modified by third parties.

Article 10 - Confidentiality

10.1 Each Party shall keep strictly confidential all information of the other Party received in connection with this Agreement, including the Customer's buyers, prices and volumes, and shall not disclose it to third parties without the other Party's prior written consent, during the term and for five (5) years thereafter.

Article 11 - Laboratories and subcontracting

11.1 The laboratories listed in Annex C are approved by the Customer upon signature. The Vendor shall not entrust any part of the services to other laboratories or subcontractors without the Customer's prior written consent, and remains liable for the work of any approved party.

Article 12 - Limitation of liability

12.1 Except in cases of wilful misconduct or gross negligence, for which liability cannot be excluded pursuant to Article 1229 of the Italian Civil Code, and except for breach of Article 8 and Article 10, the Vendor's total liability under this Agreement is limited to one hundred and fifty per cent (150%) of the Total Contract Value.

Article 13 - Termination

13.1 Either Party may terminate this Agreement pursuant to Article 1454 of the Italian Civil Code if the other Party is in material breach and fails to remedy the breach within thirty (30) days of a written notice to perform (diffida ad adempiere).

13.2 The Agreement is terminated by operation of law pursuant to Article 1456 of the Italian Civil Code if the recognition of the Vendor's certificates by the importing authorities designated in Annex A is withdrawn, upon the Customer's written declaration.

13.3 On termination the Vendor shall export all Customer Data and issued certificates to the Customer within thirty (30) days and then delete them.

Article 14 - Governing law and jurisdiction

14.1 This Agreement is governed by Italian law.

14.2 The Court of Venice shall have exclusive jurisdiction over any dispute arising out of or relating to this Agreement.

Article 15 - Final provisions

15.1 Any amendment must be made in writing. This Agreement is drawn up in English in two originals.

Venice / Yangbi, ____ 2026

The Vendor ____________________        The Customer ____________________

Pursuant to and for the purposes of Articles 1341 and 1342 of the Italian Civil Code, the Customer specifically approves the following clauses: Article 3.2 (tacit renewal and fee update); Article 9.2 (ownership of integration deliverables); Article 12 (limitation of liability); Article 13 (termination); Article 14 (governing law and exclusive jurisdiction).

The Customer ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
TEXTS = {  # written as they are
    "h205z02_mlcc_inspection_equipment_post_warranty_maintenance.txt": H205Z02,
    "h205z03_photo_studio_booking_negative_saas.md": H205Z03,
    "h205z05_pickled_pepper_mes_supplier_template.md": H205Z05,
    "h205e02_guesthouse_booking_saas_order_form_de_vendor.md": H205E02,
    "h205e04_ev_startup_managed_it_desktop_support.txt": H205E04,
    "h205e05_walnut_aflatoxin_certificate_api_it_vendor.txt": H205E05,
}
SOURCES = {"h205z01": H205Z01, "h205z04": H205Z04, "h205e01": H205E01, "h205e03": H205E03}
TARGETS = {"h205z01": ("h205z01_fishery_vessel_monitoring_integration.docx", "docx"),
           "h205z04": ("h205z04_reservoir_dam_monitoring_annual_om.pdf", "pdf"),
           "h205e01": ("h205e01_necktie_jacquard_design_licence_ie_vendor.pdf", "pdf"),
           "h205e03": ("h205e03_pearl_farm_temperature_sensors_ch_integrator.docx", "docx")}

if __name__ == "__main__":
    for name, text in TEXTS.items():
        (OUT / name).write_text(text.strip() + "\n", encoding="utf-8")
        print("wrote", name)
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
