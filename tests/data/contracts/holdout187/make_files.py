"""Builds the ten holdout187 contracts from the sources kept below.

.md and .txt files are written as they are; the two .docx (real Word price tables) and the two .pdf (paragraphs
broken at word boundaries, wrap_words=True) go through ../word_pdf.py. Run with /work/main/.venv/bin/python.
Markup for .docx/.pdf sources (see word_pdf.py): T: title, H: heading, P: paragraph, TB: table row (cells split by |).
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------------
# h187z01 — 市地震局 地震预警信息发布系统 (system integration, 政府采购 公开招标, buyer's paper) — .docx, 第X条 + 1.1
# ---------------------------------------------------------------------------------------------------------------
H187Z01 = """
T:江屿市地震预警信息发布系统建设项目政府采购合同
P:合同编号：JYDZJ-2026-ZC017
P:采购项目编号：JYCG2026-G0356（公开招标）
P:甲方（采购人）：江屿市地震局
P:地址：江屿市滨湖区安澜路18号
P:乙方（中标供应商）：江屿安澜信息技术有限公司
P:地址：江屿市高新区科创大道266号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》以及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，订立本合同。招标文件、投标文件、中标通知书、澄清文件及双方确认的需求规格说明书均为本合同的组成部分；上述文件与本合同正文不一致的，以本合同正文为准。
H:第一条 项目内容
P:1.1 乙方负责建设江屿市地震预警信息发布系统，包括发布服务器、预警信息接收终端和应急广播对接网关的供货与安装，地震预警信息发布系统软件的许可与部署，与省地震台网中心预警处理系统、市应急广播平台和短信发布平台的接口定制开发，以及系统集成、调试、试运行和培训。
P:1.2 接收终端安装于本市中小学校、医院、大型商场、轨道交通站点及重点企业共120个点位，点位清单见招标文件附件3。乙方应在安装前逐点现场勘察，形成点位安装方案，经甲方书面确认后方可施工。
P:1.3 系统应满足：地震预警信息自省级台网中心下发至本市终端的端到端发布时延不超过3秒；支持按预估烈度分区发布、人工审核发布、演练模式和发布记录追溯；终端具备声光报警、倒计时显示和断电续航功能。
H:第二条 合同价款
P:2.1 本合同总价为人民币1,950,000元（大写：壹佰玖拾伍万元整），为固定总价，已包含货物、软件许可、定制开发、运输、保险、安装、集成、培训、税费以及质保期内的全部服务费用，除本合同另有约定外，甲方无需另行支付任何费用。
P:2.2 合同价款明细如下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|预警信息发布服务器（含操作系统）|4台|86,000|344,000
TB:2|预警信息接收终端|120台|3,800|456,000
TB:3|应急广播对接网关|6台|42,000|252,000
TB:4|地震预警信息发布系统软件许可（永久）|1套|398,000|398,000
TB:|软硬件小计|||1,450,000
TB:5|接口定制开发（台网中心、应急广播、短信平台）|1项|326,000|326,000
TB:6|安装调试及系统集成|1项|148,000|148,000
TB:7|培训|1项|26,000|26,000
TB:|合计|||1,950,000
H:第三条 付款方式
P:3.1 合同签订后15个工作日内，甲方凭乙方开具的等额发票支付合同总价的20%作为预付款，即人民币390,000元。
P:3.2 全部设备到货安装完毕、系统初验合格后，甲方支付合同总价的45%，即人民币877,500元。
P:3.3 系统试运行期满、终验合格后，甲方支付合同总价的35%，即人民币682,500元。
P:3.4 甲方按财政国库集中支付程序付款。乙方应在每期付款前开具合法有效的发票，因乙方发票原因导致的付款延误，甲方不承担责任。
H:第四条 交付与实施
P:4.1 乙方应于合同签订后60日内完成全部设备到货和安装，90日内完成软件部署、接口联调并提交初验申请。
P:4.2 设备到货时双方共同开箱清点，到货签收仅确认数量、型号和外观，不视为验收合格。
P:4.3 乙方应指派具备地震或应急行业系统集成经验的项目经理驻场实施，未经甲方书面同意不得更换。
P:4.4 乙方应对甲方值班人员、系统管理员和终端点位联系人分批进行操作和维护培训，并提交培训记录。
H:第五条 验收
P:5.1 初验标准：全部终端在线并通过点位测试；与省地震台网中心、市应急广播平台和短信平台的接口联调通过；完成不少于3次全流程演练，每次端到端发布时延不超过3秒；通过第三方机构的网络安全等级保护测评（第三级）。
P:5.2 终验：初验合格后系统试运行60日，期间无一级故障、无误发布，乙方提交竣工文档、接口程序源代码及操作维护手册，经甲方组织专家评审合格后出具终验报告。
P:5.3 系统上线使用、甲方付款或到货签收均不视为终验合格。验收不合格的，乙方应在15日内整改并重新申请验收，由此产生的费用由乙方承担。
H:第六条 质量保证与运维服务
P:6.1 质保期为三年，自终验合格之日起计算。质保期内乙方免费提供软硬件维修、零部件更换、软件升级及7×24小时技术支持，并每季度进行一次现场巡检。
P:6.2 质保期内系统月可用率不低于99.95%。每低于0.01个百分点，乙方向甲方支付服务扣款人民币2,000元，甲方可从应付款项中直接扣除。
P:6.3 故障分级及响应：一级故障（预警信息无法发布或发生误发布）乙方须在15分钟内响应、2小时内到达现场、6小时内恢复；二级故障（部分终端或单一接口异常）1小时内响应、24小时内修复。超过上述时限的，每超过1小时乙方支付人民币1,000元。
P:6.4 质保期满后，甲方可与乙方另行签订维保合同。维保年费不超过软硬件小计的8%，即每年不超过人民币116,000元，且质保期满后三年内不作调整。维保合同不自动续期。
H:第七条 数据安全
P:7.1 系统运行中产生的预警信息、台站数据、终端状态数据和日志均属于甲方，乙方仅可为履行本合同使用，不得复制、留存或向任何第三方提供。
P:7.2 乙方应按网络安全等级保护第三级要求落实访问控制、日志审计和数据备份；远程维护须经甲方逐次批准并通过堡垒机进行。
P:7.3 发生数据泄露或网络安全事件的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的损失由乙方全额赔偿。
H:第八条 保密
P:8.1 乙方对履约中知悉的甲方工作秘密、台站布设信息、网络拓扑及账号口令负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因本合同终止而解除。
H:第九条 知识产权
P:9.1 乙方为本项目定制开发的接口程序、配置脚本及其源代码和文档，知识产权归甲方所有，甲方可自行修改、使用或委托第三方维护。
P:9.2 发布系统软件的知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。乙方保证所供货物及软件不侵犯任何第三方的合法权利。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成验收的，每逾期一日按合同总价的千分之一支付违约金；逾期超过30日的，甲方有权解除合同。
P:10.2 甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
P:10.3 乙方交付的货物或服务不符合合同约定，给甲方造成损失的，应予赔偿。
H:第十一条 分包
P:11.1 乙方不得转包本项目。终端安装中的高处作业等非主体部分确需分包的，须事先取得甲方书面同意，乙方对分包部分承担全部责任。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权解除合同并要求乙方赔偿损失。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同一式六份，甲方四份、乙方两份，自双方法定代表人或授权代表签字并加盖公章之日起生效。
P:甲方（盖章）：江屿市地震局    乙方（盖章）：江屿安澜信息技术有限公司
P:签订日期：2026年  月  日
"""

# ---------------------------------------------------------------------------------------------------------------
# h187z02 — 卫浴陶瓷厂 坯体缺陷视觉检测设备 (hardware + post-warranty maintenance) — .pdf, 一、/（一）/1.
# ---------------------------------------------------------------------------------------------------------------
H187Z02 = """
T:坯体缺陷视觉检测设备采购及维保服务合同
P:合同编号：CRWY-SB-2026-031
P:甲方（买方）：南安市瓷润卫浴陶瓷有限公司
P:地址：福建省南安市仑苍镇工业区瓷润路8号
P:乙方（卖方）：厦门视衡智能装备有限公司
P:地址：厦门市集美区软件园三期C区12号楼
P:甲方因二号厂区成型及施釉车间质检改造需要，向乙方采购坯体缺陷视觉检测设备及相关服务。双方根据《中华人民共和国民法典》，经平等协商，订立本合同。
H:一、合同标的
P:（一）乙方向甲方提供用于坐便器、洗面盆坯体（生坯及施釉坯）表面缺陷自动检测的视觉检测工位6套，配套工控机及AI推理服务器，缺陷检测算法软件许可，并负责安装调试、缺陷样本标注与模型训练、人员培训，以及质保期满后的维保服务。
P:（二）设备安装于甲方二号厂区成型线和施釉线，共6个检测工位，每个工位的位置、节拍和输送对接方式以双方签字确认的《工位布置图》为准。
P:（三）乙方保证所供设备为全新、未使用过的合格产品，主要部件（工业相机、镜头、光源、机械手）的品牌和型号以附件一《设备配置清单》为准，未经甲方书面同意不得替换。
H:二、合同价款
P:（一）本合同总价为人民币2,556,000元（含13%增值税），包括设备、软件许可、运输、保险、安装调试、样本标注、模型训练、培训及质保期内服务费用。明细如下：
P:1. 视觉检测工位（含工业相机、光源、机械手及输送对接）6套，单价318,000元，小计1,908,000元；
P:2. 工控机及AI推理服务器2台，单价96,000元，小计192,000元；
P:3. 缺陷检测算法软件许可（按工位，永久）6套，单价45,000元，小计270,000元；
P:以上设备及软件小计2,370,000元；
P:4. 安装调试、缺陷样本标注与模型训练，168,000元；
P:5. 操作与维护培训，18,000元。
P:（二）质保期满后的维保服务费用按本合同第七条另行按年支付，不包含在上述合同总价内。
H:三、付款方式
P:（一）合同签订后10个工作日内，甲方支付合同总价的20%作为预付款，即人民币511,200元。
P:（二）设备全部到货并安装完毕后，甲方支付合同总价的35%，即人民币894,600元。到货签收及安装完毕不构成验收。
P:（三）设备终验合格后，甲方支付合同总价的45%，即人民币1,150,200元。
P:（四）乙方应在每期付款前向甲方开具合法有效的增值税专用发票。
H:四、交货与安装
P:（一）乙方应于合同签订后75日内将全部设备运抵甲方厂区，并在到货后20日内完成安装、联机和调试。
P:（二）乙方负责缺陷样本的采集与标注，甲方应按乙方的采样计划提供各类缺陷坯体样本并安排生产配合。
P:（三）乙方进入甲方厂区作业应遵守甲方的安全生产和窑炉车间管理制度，乙方人员的人身安全由乙方负责。
P:（四）乙方应随设备提供中文操作手册、维护手册、电气图纸、备件清单及产品合格证明文件。
P:（五）乙方应为甲方质检员、设备维修人员和信息部门人员提供不少于5天的现场培训，使甲方人员能够独立完成日常点检、光源更换、相机标定和新增缺陷类型的样本标注。
H:五、验收
P:（一）验收标准：
P:1. 对开裂、缺釉、釉泡、针孔、杂质、棕眼、变形和磕碰八类缺陷的漏检率不高于0.5%，误检率不高于2%；
P:2. 单件检测节拍不超过3秒，不影响产线原有节拍；
P:3. 检测结果与甲方MES系统对接，缺陷图片与坯体条码一一对应，并可按班次统计；
P:4. 连续生产运行30日，设备无一级故障。
P:（二）甲方组织质检、生产和设备部门，依据上述标准以抽检不少于3,000件坯体的方式进行终验，合格后双方签署终验报告。设备到货、安装或投入试生产均不视为验收合格。
P:（三）验收不合格的，乙方应在15日内整改后重新验收；第二次验收仍不合格的，甲方有权退货并解除合同。
H:六、质量保证
P:（一）质保期为终验合格之日起九个月。质保期内乙方免费维修、更换零部件（光源灯珠、吸盘等易损件除外）并免费升级算法版本。
P:（二）故障响应：一级故障（检测工位停机或整线漏检）乙方应在1小时内远程响应，8小时内到达现场；二级故障（单项缺陷识别异常）应在2小时内响应，2日内解决。每超过时限1小时，乙方向甲方支付人民币500元。
P:（三）质保期内同一部件累计发生三次以上故障的，乙方应免费更换同型号全新部件，质保期相应延长。
H:七、质保期满后的维保服务
P:（一）质保期满后，乙方提供为期五年的维保服务。维保费按设备及软件小计的22%每年计取，即每年人民币521,400元，维保期内不作调整，按季度支付。
P:（二）维保服务内容包括：每月一次现场巡检、备件更换、新品型号导入时的模型再训练、算法升级和远程技术支持；故障响应时限同本合同第六条（二）。
P:（三）维保期满后是否续签，由双方另行书面协商，不自动续期。
H:八、数据与信息安全
P:（一）检测图像、缺陷样本、工艺参数及生产数据均属于甲方。乙方仅可为履行本合同使用上述数据，不得用于为其他客户训练模型，不得向任何第三方提供。
P:（二）设备接入甲方工业网络须经甲方信息部门批准；远程维护须经甲方逐次授权，并通过甲方指定的VPN和堡垒机进行，乙方应保存完整的操作日志。
P:（三）乙方发现数据泄露或未经授权访问的，应在2小时内通知甲方并采取补救措施，因乙方过错造成的损失由乙方承担。
H:九、保密
P:（一）乙方对在履约中知悉的甲方产品结构、釉料配方、工艺参数和经营信息负有保密义务，未经甲方书面同意不得披露，保密期限至本合同终止后五年。乙方人员离场时应交还甲方提供的门禁卡、账号及全部技术资料。
H:十、知识产权
P:（一）乙方利用甲方样本为甲方产品训练的检测模型、模型参数及定制检测规则归甲方所有，甲方可自行使用、修改或委托第三方维护。
P:（二）算法软件本身的知识产权归乙方，甲方获得永久使用许可。乙方保证所供设备和软件不侵犯第三方知识产权。
H:十一、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日按合同总价的0.08%支付违约金，违约金累计不超过合同总价的10%。
P:（二）甲方逾期付款的，每逾期一日按应付未付金额的万分之二支付违约金。
P:（三）乙方在本合同项下的赔偿责任总额以合同总价的两倍为限，但因故意、重大过失或人身伤害产生的责任除外。
H:十二、分包
P:（一）乙方不得将本合同的主体义务分包给第三方。设备运输和吊装可委托专业单位承担，但须事先取得甲方书面同意，乙方对其行为承担责任。
H:十三、合同解除
P:（一）乙方严重违约，经甲方书面催告后10日内仍未纠正的，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失。
H:十四、争议解决
P:（一）本合同适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，提交泉州仲裁委员会仲裁。
H:十五、其他
P:（一）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件一《设备配置清单》、附件二《工位布置图》为本合同组成部分。
P:甲方（盖章）：南安市瓷润卫浴陶瓷有限公司    乙方（盖章）：厦门视衡智能装备有限公司
"""

# ---------------------------------------------------------------------------------------------------------------
# h187z03 — 奶茶连锁 门店订货 SaaS (three years + 实施) — .md, Markdown headings "## N 标题" + N.N
# ---------------------------------------------------------------------------------------------------------------
H187Z03 = """# 门店订货管理系统（SaaS）订阅及实施服务合同

合同编号：CYSG-IT-2026-009

**甲方（客户）：** 长沙茶语时光餐饮管理有限公司
地址：湖南省长沙市天心区书院路368号

**乙方（服务商）：** 上海链鲜云科技有限公司
地址：上海市闵行区紫竹科学园区东川路555号

甲方经营"茶语时光"茶饮连锁品牌，拟使用乙方的门店订货管理系统替代现有的表格订货方式。双方根据《中华人民共和国民法典》等法律法规，就订阅服务及实施服务事宜达成如下协议。

## 1 定义与服务范围

1.1 "订货系统"指乙方通过互联网提供的门店订货管理软件服务，包括门店要货、总部审单、仓库配送、原料效期管理、配方BOM、自动补货建议和报表功能，以及门店端小程序。

1.2 服务对象为甲方直营门店120家、总部采购部及两个中心仓（长沙、株洲）。

1.3 实施服务指乙方为甲方完成的系统配置、商品及原料主数据导入、配方BOM建模、与甲方ERP（金蝶云星空）及收银系统的接口对接、门店培训和上线支持。

## 2 服务期限

2.1 订阅服务期为三年，自上线验收合格之日起计算。

2.2 服务期满前30日内任何一方未书面提出不续约的，本合同自动续期两年，续期次数不限。续期时乙方有权根据市场情况和成本变化上调订阅费，每次上调幅度不超过上一服务年度费用的8%，乙方应在续期前通知甲方调整后的价格。

## 3 费用

3.1 本合同费用如下：

| 项目 | 计费方式 | 单价（元） | 数量 | 金额（元） |
|---|---|---|---|---|
| 门店订货端 | 按店/年 | 1,980 | 120店 | 237,600/年 |
| 总部及仓储管理模块 | 按年 | 58,000 | 1 | 58,000/年 |
| 年度订阅费小计 | | | | 295,600/年 |
| 三年订阅费合计 | | | | 886,800 |
| 实施服务费（一次性） | | | | 126,000 |
| **合同总金额** | | | | **1,012,800** |

3.2 服务期内甲方新增门店的，按每店每年1,980元按月折算计费；关闭门店的，自次月起停止计费。

3.3 上述费用已含税费、云资源费用及服务期内的版本升级费用。

## 4 付款

4.1 订阅费按季度结算，每季度结束后15个工作日内，甲方支付当季订阅费人民币73,900元。

4.2 实施服务费人民币126,000元在上线验收合格后一次性支付。

4.3 本合同不设预付款。乙方应在每次收款前开具增值税专用发票。

## 5 实施与上线验收

5.1 乙方应于合同签订后45日内完成系统配置、主数据导入、接口对接和全部门店培训，并提交上线验收申请。

5.2 上线验收标准：
（1）120家门店均完成不少于3笔试订货，订单、配送单与ERP入库及结算数据逐笔一致；
（2）在每日上午10时至11时的订货高峰，门店提交订单的页面响应时间不超过2秒；
（3）原料效期预警、安全库存和自动补货建议按需求说明书正常运行；
（4）店长培训考核完成。

5.3 甲方按上述标准测试通过后签署上线验收单。系统试用或门店开始下单均不视为验收合格。

5.4 因乙方原因逾期完成上线的，每逾期一日乙方向甲方支付违约金人民币800元。

5.5 甲方应指定项目联系人，按乙方的实施计划提供商品、原料、配方和门店资料，并安排店长参加培训。因甲方资料延误导致的工期延长，不计入乙方逾期。

## 6 服务水平

6.1 订货系统月可用率不低于99.5%。计划维护应提前48小时通知甲方，并安排在凌晨0时至6时进行，计划维护时间不计入不可用时间。

6.2 故障响应：
（1）P1故障（全部门店无法下单或总部无法审单）：30分钟内响应，2小时内恢复；
（2）P2故障（部分门店或单一功能不可用）：2小时内响应，8小时内恢复；
（3）P3问题（咨询或一般缺陷）：一个工作日内答复。

6.3 服务补偿：月可用率低于99.5%但不低于99.0%的，减免当月订阅费的5%；低于99.0%的，减免当月订阅费的10%；P1故障超过恢复时限的，每超过1小时另减免人民币500元。

6.4 乙方应于每月10日前向甲方提交上月服务报告，列明可用率、故障记录、处理时长及服务补偿金额，补偿金额在下一季度订阅费中抵扣。

## 7 数据

7.1 甲方通过订货系统录入或产生的门店、订货、库存、配方和供应商数据（"甲方数据"）归甲方所有。

7.2 甲方同意，乙方可以将甲方数据经去标识化和汇总处理后，用于乙方产品优化及编制茶饮行业订货趋势分析报告，汇总结果不显示甲方名称。本款在本合同终止后继续有效。

7.3 乙方应将订货系统部署于中国境内的云服务器（阿里云华东区域），系统通过网络安全等级保护第三级备案；甲方数据在传输和存储中加密，乙方人员访问甲方数据实行最小权限和操作留痕，每日备份并异地保存。

7.4 乙方发现甲方数据泄露、篡改或丢失的，应在12小时内通知甲方并采取补救措施；因乙方原因造成的损失由乙方赔偿。

7.5 本合同终止后30日内，乙方应按甲方要求提供甲方数据的完整导出，并在甲方确认后删除。

## 8 知识产权

8.1 订货系统及其升级版本的知识产权归乙方所有，甲方在服务期内享有使用权。

8.2 乙方为甲方定制的报表、接口程序和配方BOM模板归甲方所有，甲方可自行使用、修改或交由第三方使用。

## 9 保密

9.1 双方对在合作中获知的对方商业秘密，包括配方、采购价格、供应商信息和门店经营数据，负有保密义务，未经对方书面同意不得披露。本条在合同终止后三年内继续有效。

## 10 责任限制

10.1 任何一方在本合同项下对另一方的累计赔偿责任以合同总金额的150%为限；但违反本合同第7条或第9条的责任不受此限。

## 11 分包

11.1 甲方已确认乙方使用阿里云作为基础设施服务商。除此之外，乙方不得将本合同项下服务分包给第三方；确需分包的，须事先取得甲方书面同意。

## 12 合同解除

12.1 一方严重违约，且在收到对方书面通知后15日内未纠正的，另一方有权解除本合同。

12.2 订货系统连续两个月月可用率低于99.0%的，甲方有权解除本合同，无需承担违约责任。

12.3 本合同终止或期满不续约的，乙方应配合甲方将数据迁移至甲方指定的系统，提供不少于30日的过渡期服务，过渡期内服务费按原标准按日折算。

## 13 法律适用与争议解决

13.1 本合同适用中华人民共和国法律。因本合同产生的争议，双方应协商解决；协商不成的，提交长沙仲裁委员会仲裁。

## 14 其他

14.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

甲方（盖章）：长沙茶语时光餐饮管理有限公司　　　乙方（盖章）：上海链鲜云科技有限公司

日期：2026年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h187z04 — 区妇联 妇女儿童维权服务平台 annual O&M (政府采购 询价) — .txt, 第一条 + （一）
# ---------------------------------------------------------------------------------------------------------------
H187Z04 = """江屿市云溪区妇女儿童维权服务平台
年度运维服务政府采购合同

合同编号：YXFL-YW-2026-02
采购方式：询价（采购项目编号：YXCG-2026-X0118）

甲方（采购人）：江屿市云溪区妇女联合会
地址：江屿市云溪区政务服务中心B座5楼

乙方（成交供应商）：江屿信安运维技术服务有限公司
地址：江屿市云溪区长亭路77号

根据《中华人民共和国政府采购法》及其实施条例、本项目询价通知书和乙方的响应文件，甲乙双方就云溪区妇女儿童维权服务平台年度运维服务事宜，经协商一致，订立本合同。

第一条 服务内容
（一）运维对象：云溪区妇女儿童维权服务平台，包括案件受理与转介管理系统、12338维权热线坐席对接系统、"云溪姐妹帮"微信小程序、统计分析子系统及其数据库、中间件和安全设备。
（二）运维内容：应用系统和数据库的日常运行维护；7×24小时运行监控；每月一次全面巡检；安全加固、补丁升级与漏洞修复；配合年度网络安全等级保护测评；政策法规和服务指南等内容更新；月度、季度统计报表；对甲方及各街道妇联工作人员的使用支持。
（三）平台迁移：乙方负责将平台由现有托管机房迁移至云溪区政务云，迁移工作应于2026年8月31日前完成并通过甲方组织的迁移验收。
（四）服务范围不包括硬件设备的采购和更换；硬件故障由乙方负责诊断，协调原厂或甲方另行采购处理，并在更换后恢复系统配置和数据。
（五）服务交接：合同生效后15日内，乙方应与原运维单位完成交接，包括系统账号、服务器和数据库配置、历史故障记录、运维文档及未关闭问题清单，交接记录经甲方确认。

第二条 服务期限
服务期限自2026年7月1日起至2027年6月30日止。服务期满本合同终止，后续服务由甲方依法重新组织采购。

第三条 合同价款
本合同总价为人民币368,000元（大写：叁拾陆万捌仟元整），包含人工、工具、差旅、税费等全部费用，明细如下：
1. 应用系统及数据库运维：216,000元；
2. 热线坐席对接系统及小程序运维：62,000元；
3. 安全巡检与等保测评配合：48,000元；
4. 内容更新与统计报表：42,000元。
合计：368,000元。平台迁移工作的费用已包含在上述价款中。上述价款在服务期内固定不变，甲方不再另行支付加班费、差旅费或其他费用。

第四条 付款方式
（一）本合同不设预付款。
（二）服务费按季度支付。每季度结束且季度考核合格后15个工作日内，甲方支付当季服务费人民币92,000元。
（三）乙方应在每次付款前开具合法有效的发票。甲方按财政资金支付程序付款。

第五条 服务水平
（一）故障分级与时限：
1. 一级故障（平台无法访问、热线坐席中断、案件数据无法调取）：乙方应在接到报告后6小时内响应，12小时内恢复；
2. 二级故障（部分功能异常、报表错误）：一个工作日内响应，三个工作日内修复；
3. 三级问题（使用咨询、内容更新需求）：两个工作日内处理。
（二）一级、二级故障超过恢复时限的，每超过1小时，扣减当季服务费人民币300元。
（三）乙方应于每月5日前向甲方提交上月运维报告，内容包括巡检记录、故障处理记录、漏洞修复情况和统计报表。
（四）乙方应指定一名驻场运维工程师，工作日在甲方办公；节假日安排专人值守，保证电话随时可接通。
（五）乙方应制定平台应急预案，每半年配合甲方开展一次应急演练；在三八妇女节、六一儿童节、国际消除对妇女暴力日宣传活动等重要时段，应提前巡检并安排专人现场保障。
（六）乙方更换驻场运维工程师的，应提前10日书面告知甲方并完成工作交接，新任人员的资质不得低于响应文件的承诺。

第六条 考核与验收
（一）季度考核：甲方依据附件《运维服务考核表》，对巡检完成情况、故障处理时限、漏洞修复、报告质量和用户满意度进行评分，80分及以上为合格。
（二）迁移验收：平台在政务云上完整运行7日，案件数据与原系统逐条核对一致，全部功能测试通过，政务云安全检查无高危问题，方可通过迁移验收。
（三）服务期满前15日内，甲方对全年运维服务进行终期验收，乙方应移交全部运维文档、账号清单和配置资料。
（四）季度考核结果和终期验收结论由甲方书面通知乙方；乙方对考核结果有异议的，可在5个工作日内提出复核申请，甲方应在收到申请后5个工作日内答复。

第七条 数据安全与个人信息保护
（一）平台中的求助人个人信息、案件资料、热线录音和统计数据均属于甲方，乙方不得用于运维以外的任何目的，不得下载、复制、留存或向第三方提供。
（二）乙方运维操作只能通过政务云堡垒机进行，全程记录操作日志；乙方参与本项目的人员须经背景审查并签署保密承诺书，名单报甲方备案。
（三）乙方应落实访问控制、数据备份和安全监测措施，发现数据泄露、篡改或其他安全事件的，应在1小时内报告甲方并立即处置。因乙方原因造成个人信息泄露的，乙方承担全部法律责任并赔偿甲方损失，包括甲方因此承担的罚款和赔偿。
（四）服务期满或合同解除时，乙方应向甲方移交全部数据、账号和密钥，删除其掌握的任何数据副本，并出具书面说明。

第八条 保密
乙方对在服务中知悉的工作秘密、求助人隐私和未公开信息负有保密义务，未经甲方书面同意不得以任何形式披露，乙方人员不得在任何场合谈论或传播案件情况。保密义务在本合同终止后继续有效。

第九条 知识产权
运维期间乙方为甲方编写的运维文档、脚本、报表模板和小程序更新内容，知识产权归甲方所有，甲方可自行使用、修改或交由其他服务商使用。

第十条 违约责任
（一）乙方未在2026年8月31日前完成平台迁移并通过迁移验收的，每逾期一日按合同总价的万分之二向甲方支付违约金。
（二）季度考核不合格的，甲方扣减当季服务费的5%，并有权要求乙方限期整改。
（三）甲方无正当理由逾期付款的，每逾期一日按应付未付金额的万分之一支付违约金。

第十一条 分包
乙方不得将本合同服务转包或分包给任何第三方。

第十二条 合同解除
乙方连续两个季度考核不合格，或因乙方严重违约致使合同目的无法实现的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。合同解除的，甲方按乙方实际提供服务的期间和考核结果结算费用；乙方应配合甲方完成与新服务商的交接，交接期不少于15日，交接期间乙方不得中断服务。

第十三条 争议解决
因履行本合同发生的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。

第十四条 其他
（一）本合同未尽事宜，双方可签订补充协议。
（二）甲方应为乙方驻场人员提供办公场所，并按需开通政务云堡垒机账号；甲方应及时确认运维报告和考核结果。
（三）本合同一式四份，甲方三份、乙方一份，自双方签字盖章之日起生效。
附件：运维服务考核表

甲方（盖章）：江屿市云溪区妇女联合会　　　　乙方（盖章）：江屿信安运维技术服务有限公司
签订日期：2026年6月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h187z05 — 蜂蜜生产企业 ERP licence + custom development, supplier's own template — .md, "### N. 标题" + N.N
# ---------------------------------------------------------------------------------------------------------------
H187Z05 = """# 蜂云ERP软件许可及实施服务合同

> 蜂云软件标准合同文本 V4.0（2025年修订）

合同编号：FY-ERP-2026-0583

甲方：江山市花源蜂业有限公司
地址：浙江省江山市贺村镇蜂业园区3号

乙方：杭州蜂云软件有限公司
地址：浙江省杭州市余杭区文一西路1818号

甲方因经营管理需要，向乙方购买蜂云ERP软件许可，并委托乙方进行定制开发和实施。双方经协商一致，签订本合同，以资共同遵守。

### 1. 合同标的

1.1 乙方向甲方提供蜂云ERP软件（财务、供应链、生产制造、质量追溯模块）的永久使用许可，授权用户数为50个。

1.2 乙方根据甲方需求进行定制开发，包括：蜂农收购管理（收购登记、蜂农档案、检测扣重）、原料蜜批次追溯（从收购、浓缩、灌装到出库）、与甲方实验室检验系统的接口（水分、果糖葡萄糖、蔗糖及抗生素残留等检验结果）、出口单证模块。

1.3 乙方负责系统实施，包括蓝图设计、系统配置、期初数据迁移、用户培训及上线支持。

1.4 本合同项下的软件许可仅限甲方及其分支机构在中国境内使用，用户数增加的，甲方应按乙方报价另行购买。

### 2. 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 蜂云ERP软件许可（4个模块，50用户，永久） | 460,000 |
| 2 | 定制开发（蜂农收购、批次追溯、检验接口、出口单证） | 380,000 |
| 3 | 实施服务（蓝图设计、配置、数据迁移、上线支持） | 98,000 |
| 4 | 用户培训 | 22,000 |
| | 合计 | 960,000 |

合同总价为人民币960,000元（含税）。甲方需求变更导致的工作量增加，按乙方标准人天单价2,800元另行计费。

### 3. 付款方式

3.1 合同签订后5个工作日内，甲方支付合同总价的55%，即人民币528,000元，乙方收到款项后启动项目。

3.2 系统上线后10个工作日内，甲方支付合同总价的35%，即人民币336,000元。

3.3 系统验收合格后10个工作日内，甲方支付合同总价的10%，即人民币96,000元。

3.4 甲方逾期付款的，乙方有权暂停实施和服务，项目工期相应顺延。

3.5 乙方收到每期款项后10个工作日内向甲方开具增值税专用发票。

### 4. 实施与交付

4.1 乙方将尽力在收到首期款后120日内完成系统上线。因甲方需求变更、数据准备不及时或人员配合不到位导致的延误，工期相应顺延。

4.2 甲方应指定项目负责人和关键用户，按乙方的实施计划提供业务资料和期初数据，并对数据的准确性负责。

4.3 乙方派出项目经理一名、实施顾问两名和开发工程师若干名组成项目组，项目组成员由乙方根据项目进展安排。

4.4 乙方在实施过程中向甲方提交蓝图设计报告、系统配置说明、用户操作手册和上线方案。甲方应在收到文档后5个工作日内书面确认。

### 5. 验收

5.1 系统上线稳定运行后，乙方向甲方提交验收申请。甲方依据双方签字确认的《需求规格说明书》和测试用例进行验收测试，验收标准为：
（1）需求规格说明书所列功能点逐项测试通过；
（2）期初库存、应收应付和总账余额迁移后与原系统核对一致；
（3）选取不少于20个原料蜜批次，完成从蜂农收购、检验、浓缩、灌装到出库的全链路追溯演示；
（4）检验系统接口连续10个工作日数据传输无差错。

5.2 验收通过后，甲方签署验收报告。

### 6. 免费维护期

6.1 免费维护期为六个月，自系统上线之日起计算。免费维护期内乙方提供远程技术支持和缺陷修复。

6.2 故障响应：一级故障（系统无法登录或核心业务无法操作）乙方在24小时内响应；二级故障在三个工作日内响应；一般问题在五个工作日内答复。

6.3 上述响应时间为乙方的服务目标，乙方不因未达到上述时限而承担任何扣款、赔偿或违约责任。

### 7. 维护服务

7.1 免费维护期满后，甲方如需继续获得技术支持、版本升级和缺陷修复，应与乙方签订年度维护服务合同。

7.2 年度维护服务费按乙方届时有效的服务价目表计收，乙方有权根据产品版本和服务成本调整价目表。

7.3 甲方未签订年度维护服务合同的，乙方不再提供版本升级和技术支持；甲方日后恢复维护服务的，应补缴中断期间的维护服务费。

### 8. 知识产权

8.1 蜂云ERP软件的知识产权归乙方所有。

8.2 乙方在本项目中为甲方开发的定制功能模块、报表、接口程序及其源代码和文档，知识产权均归乙方所有。甲方在本合同约定范围内享有非独占、不可转让的使用权，未经乙方书面同意不得修改、反编译或交由第三方使用。

### 9. 数据

9.1 甲方的业务数据归甲方所有。

9.2 甲方同意，乙方有权在去除甲方名称等识别信息后，使用甲方业务数据进行产品改进、行业基准分析和解决方案研发。

9.3 乙方远程访问甲方系统须事先取得甲方许可，实施人员使用独立账号，不得擅自拷贝甲方数据。乙方对数据传输采取加密措施；因乙方过错导致甲方数据泄露的，乙方应在24小时内通知甲方并承担相应的赔偿责任（受本合同第11.3条限制）。

### 10. 保密

10.1 双方对在合作中知悉的对方商业秘密和技术秘密负有保密义务，保密期限为本合同终止后两年。

10.2 甲方不得向第三方披露蜂云ERP软件的功能设计、报价和本合同条款。

### 11. 违约责任

11.1 因乙方原因导致系统逾期上线的，每逾期一日，乙方按合同总价的万分之一向甲方支付违约金，违约金总额不超过合同总价的3%。

11.2 乙方不承担间接损失、利润损失和数据恢复费用。

11.3 乙方在本合同项下的全部赔偿责任（含违约金）以合同总价的20%为限。

11.4 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金。

### 12. 分包与合作

12.1 乙方有权根据项目需要，将部分实施、开发工作交由乙方的合作伙伴完成，无需另行取得甲方同意。乙方对合作伙伴的工作质量负责。

### 13. 合同解除

13.1 一方严重违约，且在收到对方书面通知后30日内仍未纠正的，守约方有权解除本合同。

13.2 本合同解除的，双方应就已完成的工作和已支付的款项进行结算。

### 14. 法律适用与争议解决

14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交杭州仲裁委员会仲裁。

### 15. 其他

15.1 本合同为乙方标准合同文本，双方对本合同条款已充分理解。本合同自双方签字盖章之日起生效，一式两份，各执一份。

15.2 本合同附件包括：需求规格说明书、实施计划、乙方报价单。附件与本合同正文不一致的，以本合同正文为准。

甲方（盖章）：江山市花源蜂业有限公司　　　乙方（盖章）：杭州蜂云软件有限公司

签订日期：2026年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h187e01 — Chaozhou teaware maker: glaze-kiln scheduling perpetual licence + configuration + support; vendor on the
# Isla de Sálvora, Spanish house style (REUNIDOS / EXPONEN / "FIRST.- ...") — .docx with a Word price table
# ---------------------------------------------------------------------------------------------------------------
H187E01 = """
T:SOFTWARE LICENCE, CONFIGURATION AND SUPPORT AGREEMENT (KILNPLAN)
P:Agreement No. HS-CN-2026-014
P:In Ribeira (A Coruña), on the ___ day of __________ 2026.
H:TOGETHER
P:ON THE ONE HAND, CHAOZHOU JINFENG CERAMIC TEAWARE CO., LTD., a company incorporated in the People's Republic of China, with unified social credit code 91445100MA5XXXXXXX and registered office at No. 9 Fengtang Industrial Road, Chao'an District, Chaozhou, Guangdong, represented by its legal representative (hereinafter, the "CUSTOMER").
P:AND ON THE OTHER HAND, HORNOS SÁLVORA SOFTWARE, S.L., a Spanish limited company with tax identification number B-15XXXXXX, registered in the Commercial Registry of A Coruña, with registered office at Isla de Sálvora, s/n, 15960 Ribeira (A Coruña), Spain, represented by its sole director (hereinafter, the "LICENSOR").
P:Both parties mutually recognise each other as having sufficient legal capacity to enter into this Agreement and, to that end,
H:STATE
P:I. That the LICENSOR develops and markets KILNPLAN, a software system for scheduling glaze firing in tunnel and shuttle kilns, managing glaze recipes and batches, and balancing kiln loads against customer orders.
P:II. That the CUSTOMER manufactures porcelain and celadon teaware in Chaozhou, operates three tunnel kilns and eight shuttle kilns, and wishes to acquire a perpetual licence of KILNPLAN together with its configuration for the CUSTOMER's kilns and subsequent technical support.
P:III. That, at the CUSTOMER's request, all prices in this Agreement are stated and payable in Chinese Yuan Renminbi (CNY).
P:Therefore, the parties agree to enter into this Agreement, which shall be governed by the following
H:CLAUSES
H:FIRST.- PURPOSE
P:1.1 The LICENSOR grants the CUSTOMER a perpetual, non-exclusive and non-transferable licence to install and use KILNPLAN (Scheduler module, Glaze Recipe and Batch module, and eight planner workstation licences) at the CUSTOMER's Chaozhou plant for its own business purposes.
P:1.2 The LICENSOR shall configure KILNPLAN for the CUSTOMER's kilns (firing curves, kiln car capacities, loading patterns and cooling times), set up glaze batch rules, build an interface between KILNPLAN and the CUSTOMER's ERP system for sales orders and finished goods, commission the system on site in Chaozhou and train the CUSTOMER's planners, kiln masters and IT staff.
P:1.3 After the warranty period, the LICENSOR shall provide the technical support described in Clause Seventh, if ordered by the CUSTOMER.
H:SECOND.- PRICE
P:2.1 The total price of this Agreement (the "Contract Price") is ONE MILLION EIGHTY THOUSAND CHINESE YUAN (CNY 1,080,000), value added tax included, broken down as follows:
TB:Item|Description|Qty|Unit price (CNY)|Amount (CNY)
TB:1|KILNPLAN Scheduler perpetual site licence (up to 3 tunnel kilns and 8 shuttle kilns)|1|520,000|520,000
TB:2|Glaze Recipe and Batch module perpetual licence|1|136,000|136,000
TB:3|Planner workstation licences|8|8,000|64,000
TB:|Licence Fee subtotal|||720,000
TB:4|Configuration: firing curves, glaze batch rules, ERP order interface|1|268,000|268,000
TB:5|On-site commissioning in Chaozhou|1|58,000|58,000
TB:6|Training of planners, kiln masters and IT staff|1|34,000|34,000
TB:|Contract Price|||1,080,000
P:2.2 The Contract Price is fixed and includes travel and living expenses of the LICENSOR's staff. The Annual Support Fee referred to in Clause Seventh is not included in the Contract Price.
H:THIRD.- PAYMENT
P:3.1 The CUSTOMER shall pay the Contract Price by bank transfer in the following instalments, each against a valid invoice:
P:a) twenty per cent (20%), CNY 216,000, within twenty days after signature of this Agreement;
P:b) forty-five per cent (45%), CNY 486,000, upon signature of the Go-Live Certificate referred to in Clause Fourth; and
P:c) thirty-five per cent (35%), CNY 378,000, upon signature of the Final Acceptance Certificate referred to in Clause Fifth.
P:3.2 Payments shall be made to the LICENSOR's bank account indicated in the invoice. Bank charges in China are borne by the CUSTOMER and those outside China by the LICENSOR.
H:FOURTH.- DELIVERY, CONFIGURATION AND GO-LIVE
P:4.1 The LICENSOR shall deliver the software and licence keys within ten days after signature, complete configuration and the ERP interface within seventy-five days after signature, and start live scheduling of all kilns (Go-Live) within ninety days after signature.
P:4.2 At Go-Live the parties shall sign a Go-Live Certificate. The Go-Live Certificate records that the system is in productive use; it does not constitute acceptance.
P:4.3 If the LICENSOR fails to achieve Go-Live or Final Acceptance by the dates in this Agreement for reasons attributable to it, it shall pay the CUSTOMER a penalty of CNY 1,200 for each day of delay, up to a maximum of ten per cent (10%) of the Contract Price. The CUSTOMER may deduct such penalties from any payment due.
H:FIFTH.- ACCEPTANCE
P:5.1 Within thirty days after Go-Live the parties shall carry out the acceptance tests set out in Annex II. Final Acceptance requires that: (a) KILNPLAN produces a fourteen-day firing schedule for all eleven kilns from the open orders in less than ninety seconds; (b) the schedule respects every firing curve, kiln car capacity and glaze compatibility rule configured; (c) all sales orders transferred through the ERP interface during the test period are reconciled without difference; and (d) no Severity 1 incident has occurred during twenty consecutive production days.
P:5.2 When the criteria are met, the CUSTOMER shall sign the Final Acceptance Certificate. Productive use of the system, the Go-Live Certificate or any payment shall not be deemed acceptance. If a test fails, the LICENSOR shall correct the defects at its own cost within fifteen days and the test shall be repeated.
H:SIXTH.- WARRANTY
P:6.1 The LICENSOR warrants that KILNPLAN and the configuration will operate substantially in accordance with the documentation and Annex I for a period of eighteen (18) months from the date of the Final Acceptance Certificate. During that period the LICENSOR shall correct defects and provide updates and support free of charge.
P:6.2 Severity 1 incidents (no schedule can be produced or published for the kilns) shall be responded to within one (1) hour, at any time of the day and any day of the week, and a workaround shall be provided within eight (8) hours. Severity 2 incidents (a function is impaired but schedules can be produced) shall be responded to within two business hours and corrected within three business days.
P:6.3 For each full hour by which the LICENSOR exceeds the Severity 1 response or workaround time, the LICENSOR shall pay the CUSTOMER CNY 1,000, which may be deducted from any amount due.
H:SEVENTH.- SUPPORT AFTER THE WARRANTY
P:7.1 After the warranty period the LICENSOR shall provide technical support (incident handling under the service levels of Clause Sixth, corrections, new versions and remote assistance) for an Annual Support Fee of seventeen and a half per cent (17.5%) of the Licence Fee subtotal, that is, CNY 126,000 per year.
P:7.2 The Annual Support Fee shall not change during the first three support years. Each support year is ordered by a written purchase order of the CUSTOMER; support does not renew automatically.
H:EIGHTH.- INTELLECTUAL PROPERTY
P:8.1 KILNPLAN, its source code and its documentation remain the exclusive property of the LICENSOR.
P:8.2 The deliverables produced specifically for the CUSTOMER under this Agreement, including the kiln and firing-curve configurations, glaze batch rules, custom reports and the ERP interface with its source code, belong to the CUSTOMER, who may use, modify and license them freely, including to third parties that maintain its systems.
H:NINTH.- CUSTOMER DATA AND SECURITY
P:9.1 All data entered into or generated by the system, including orders, kiln logs, firing curves and glaze recipes, are the CUSTOMER's property and confidential information. The LICENSOR shall use them only to perform this Agreement.
P:9.2 KILNPLAN shall be installed on the CUSTOMER's servers in Chaozhou. The LICENSOR may access them remotely only through the CUSTOMER's VPN, with individual accounts and with the CUSTOMER's prior approval for each session, and shall not copy CUSTOMER data outside the CUSTOMER's systems.
P:9.3 The LICENSOR shall notify the CUSTOMER of any security incident affecting CUSTOMER data within twelve hours of becoming aware of it, cooperate in its containment and bear the damage caused by its breach of this Clause.
H:TENTH.- CONFIDENTIALITY
P:10.1 Each party shall keep secret the confidential information received from the other party, in particular the CUSTOMER's glaze recipes, firing curves, prices and customers, and shall not disclose it to third parties without prior written consent. This obligation survives for five years after the end of this Agreement.
H:ELEVENTH.- LIABILITY
P:11.1 The total aggregate liability of the LICENSOR arising out of or in connection with this Agreement, including penalties, shall not exceed fifty per cent (50%) of the Contract Price.
P:11.2 The limitation in Clause 11.1 does not apply to wilful misconduct or to personal injury.
H:TWELFTH.- SUBCONTRACTING
P:12.1 The LICENSOR shall not subcontract any part of the configuration, commissioning or support without the prior written consent of the CUSTOMER and remains fully responsible for any approved subcontractor.
H:THIRTEENTH.- TERM AND TERMINATION
P:13.1 This Agreement enters into force on signature. The licence granted in Clause First is perpetual and survives termination, except where the CUSTOMER has failed to pay the Licence Fee.
P:13.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after receiving written notice of the breach. The CUSTOMER may also terminate if the delay penalties reach their maximum.
H:FOURTEENTH.- GOVERNING LAW AND JURISDICTION
P:14.1 This Agreement shall be governed by and construed in accordance with Spanish law.
P:14.2 For any dispute arising out of this Agreement, the parties expressly submit to the Courts and Tribunals of the city of A Coruña (Spain), waiving any other jurisdiction that may correspond to them.
H:FIFTEENTH.- MISCELLANEOUS
P:15.1 Notices shall be given in writing in English to the addresses stated above. This Agreement is executed in English in two counterparts. Annex I (Functional Description) and Annex II (Acceptance Tests) form part of this Agreement.
P:And in witness whereof, the parties sign this Agreement at the place and on the date first written above.
P:THE CUSTOMER: ____________________    THE LICENSOR: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# h187e02 — Wuzhen water-town hotel: channel-manager SaaS, Order Form + General Terms; vendor on the Ilhéu de Baixo,
# Portuguese house style ("Clause 1.ª (Object)", paragraphs "1 —") — .txt
# ---------------------------------------------------------------------------------------------------------------
H187E02 = """MARÉS DO BAIXO – SOFTWARE HOTELEIRO, LDA.
ORDER FORM N.º OF-2026-0417
and
GENERAL TERMS AND CONDITIONS OF SUBSCRIPTION (version 3.2)

PART A – ORDER FORM

First Contracting Party (the "Vendor"): MARÉS DO BAIXO – SOFTWARE HOTELEIRO, LDA., a private limited company with legal person number 51XXXXXXX, with registered office at Ilhéu de Baixo, 9400 Porto Santo, Madeira, Portugal, and share capital of EUR 50,000.00, represented by its managers.

Second Contracting Party (the "Customer"): WUZHEN YANYU WATERSIDE HOTEL CO., LTD., a company incorporated in the People's Republic of China, with registered office at West Scenic Area, Wuzhen Town, Tongxiang, Zhejiang, represented by its general manager.

A.1 Property: Yanyu Waterside Hotel, Wuzhen (176 rooms and suites, 11 room types).

A.2 Services subscribed:
(a) MARÉ Channel Manager Professional – two-way rates, availability and restrictions distribution to up to twelve online travel agencies (including Trip.com, Meituan, Fliggy, Tongcheng, Booking.com, Agoda and Expedia) and automatic reservation import into the Customer's property management system;
(b) MARÉ Booking Engine with payment link for the hotel's website and WeChat mini-program;
(c) Onboarding: mapping of room types and rate plans, PMS interface set-up, training of front-office and revenue staff, and Go-Live support.

A.3 Fees (all prices in Chinese Yuan Renminbi at the Customer's request, VAT included):
Channel Manager Professional: CNY 6,800 per month
Booking Engine and payment link: CNY 1,900 per month
Monthly subscription fee: CNY 8,700
Onboarding (one-time): CNY 18,500
Initial Term: twenty-four months from the Go-Live Date
Total for the Initial Term: 24 x CNY 8,700 = CNY 208,800, plus Onboarding CNY 18,500 = CNY 227,300 (the "Contract Value")

A.4 Invoicing: the monthly subscription fee is invoiced monthly in arrears and is payable within thirty days of the invoice. The onboarding fee is invoiced after the Go-Live Acceptance under Clause 4.ª of Part B. No amount is payable before the Go-Live Date.

A.5 Target Go-Live Date: forty-five days after signature of this Order Form.

A.6 This Order Form and the General Terms in Part B form a single contract. In case of conflict, this Order Form prevails.

PART B – GENERAL TERMS AND CONDITIONS OF SUBSCRIPTION

Clause 1.ª (Object)
1 — These General Terms govern the Customer's subscription to the Vendor's hosted hotel distribution software (the "Platform") and the related onboarding and support services described in the Order Form.
2 — The Platform is provided as a service. No software is installed on the Customer's systems other than the PMS connector supplied by the PMS provider.

Clause 2.ª (Term and renewal)
1 — The subscription starts on the Go-Live Date and lasts for the Initial Term.
2 — At the end of the Initial Term, and of each renewal period, the subscription renews automatically for a further period equal to the Initial Term, unless either party gives written notice of non-renewal at least sixty days before the end of the current period.
3 — On each renewal the Vendor may update the monthly subscription fees by up to six per cent (6%) by notice given thirty days before the renewal date; the updated fees apply from the first day of the renewal period.

Clause 3.ª (Onboarding)
1 — The Vendor shall complete the mapping of all room types and rate plans, connect the twelve channels and the Customer's PMS, and train the Customer's staff before the Target Go-Live Date.
2 — If Go-Live Acceptance is not achieved by the Target Go-Live Date for reasons attributable to the Vendor, the Vendor shall pay the Customer CNY 300 for each day of delay, which the Customer may set off against the fees.

Clause 4.ª (Go-Live Acceptance)
1 — Before Go-Live the parties shall run a three-day parallel test in which: (a) every rate and availability change made in the Platform reaches all connected channels within sixty seconds; (b) every reservation, modification and cancellation made through the channels during the test is imported into the PMS with the correct room type, rate and guest details; and (c) the booking engine completes test bookings with payment link for each room type.
2 — When the test is passed, the Customer signs a Go-Live Acceptance note. Live use of the Platform before that note does not constitute acceptance.

Clause 5.ª (Service levels)
1 — The Vendor shall make the Platform available at least 99.95% of each calendar month, excluding scheduled maintenance announced forty-eight hours in advance and carried out between 02:00 and 05:00 China Standard Time.
2 — Priority 1 incidents (synchronisation with all channels interrupted, or reservations not imported, creating a risk of overbooking) shall be responded to within thirty minutes, at any time, and restored within three hours. Priority 2 incidents (one channel or one function affected) shall be responded to within two hours and restored within one business day.
3 — If monthly availability falls below the level in paragraph 1, the Customer receives a service credit of 5% of the monthly subscription fee for each started 0.1 percentage point of shortfall, up to 50% of that fee. If a Priority 1 incident is not restored in time, the Customer receives an additional credit of CNY 200 for each hour of delay.
4 — The Customer may also terminate the subscription without penalty if availability falls below 99.5% in two consecutive months.

Clause 6.ª (Support and Customer cooperation)
1 — Support is provided in Chinese and English by telephone, e-mail and the support portal. Priority 1 incidents may be reported at any time; other requests are handled from 08:00 to 22:00 China Standard Time, every day of the year.
2 — The Vendor shall provide the Customer each month with a service report showing availability, incidents, response and restoration times and any service credits due. Service credits are deducted from the next invoice.
3 — The Customer shall keep its rates, room inventory and channel contracts up to date, keep its users' passwords secret, and give the Vendor timely access to its PMS provider for the interface set-up.
4 — The Vendor may update the Platform from time to time, provided that no update materially reduces the functions described in the Order Form.

Clause 7.ª (Customer data and personal data)
1 — All reservation, rate, guest and payment-link data processed through the Platform belong to the Customer. The Vendor processes guest personal information only on the Customer's documented instructions and only to provide the services, in compliance with the Personal Information Protection Law of the People's Republic of China.
2 — The Platform and all Customer data are hosted in data centres in mainland China. The Vendor maintains ISO 27001 certification, encrypts data in transit and at rest, enforces multi-factor authentication for administrative access and keeps access logs for at least two years.
3 — The Vendor shall notify the Customer of any personal information or security incident within eight hours of becoming aware of it, support the Customer's notifications to authorities and guests, and compensate the Customer for losses resulting from the Vendor's failure to comply with this Clause.
4 — On expiry or termination the Vendor shall return all Customer data in a standard format within thirty days and then delete it.

Clause 8.ª (Confidentiality)
Each party shall keep confidential the non-public information of the other party that it receives under this contract, including prices, occupancy and revenue data, and shall use it only to perform the contract. This obligation survives for three years after the end of the contract.

Clause 9.ª (Intellectual property)
1 — The Platform, including its improvements, remains the property of the Vendor.
2 — The rate-plan mappings, room-type configurations, reports and templates prepared specifically for the Customer belong to the Customer, who may use, modify and hand them over to any third party freely.

Clause 10.ª (Subcontractors and sub-processors)
1 — The Vendor may engage subcontractors and sub-processors, including hosting, messaging and payment-link providers, to perform the services.
2 — The Vendor shall give the Customer written notice of any new subcontractor or sub-processor at least fifteen days before it starts processing; the Customer's consent is not required. The Vendor remains responsible for its subcontractors.

Clause 11.ª (Liability)
1 — Each party's total liability under this contract is limited to one hundred and fifty per cent (150%) of the Contract Value.
2 — The limit in paragraph 1 does not apply to breaches of Clause 7.ª or Clause 8.ª, to fraud or to wilful misconduct.

Clause 12.ª (Termination)
1 — Either party may terminate this contract by registered letter or e-mail if the other party commits a material breach and does not remedy it within thirty days after written notice.
2 — Termination does not affect fees accrued for services already rendered.

Clause 13.ª (Governing law and disputes)
1 — This contract is governed by the laws of the People's Republic of China.
2 — Any dispute shall be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou in accordance with its rules then in force. The award is final and binding on both parties.

Clause 14.ª (Final provisions)
1 — Notices shall be sent to the addresses in the Order Form or to the e-mail addresses designated by each party.
2 — This contract is signed in English in two originals, one for each party.

For the Vendor: ____________________        For the Customer: ____________________
Date: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# h187e03 — Ningde kelp cooperative: current sensors + maintenance; integrator on the Île d'Er (French), buyer's paper
# in French layout ("Art. N (title)") — .pdf, wrap_words=True
# ---------------------------------------------------------------------------------------------------------------
H187E03 = """
T:SUPPLY, INSTALLATION AND MAINTENANCE CONTRACT – CURRENT MONITORING
P:Buyer's contract form BF-07 – Contract No. SDA-KELP-2026-03
H:BETWEEN THE UNDERSIGNED:
P:NINGDE SANDUAO KELP FARMING COOPERATIVE, a farmers' professional cooperative registered in the People's Republic of China, with its seat at No. 6 Haiyang Road, Sanduao Town, Jiaocheng District, Ningde, Fujian, represented by its chairman, hereinafter "the Buyer", of the one part,
P:AND
P:COURANTS D'ER SAS, a simplified joint-stock company (société par actions simplifiée) with share capital of EUR 120,000, registered with the Trade and Companies Register of Saint-Brieuc, with its registered office at Île d'Er, 22870 Île-de-Bréhat, France, represented by its president, hereinafter "the Integrator", of the other part.
H:WHEREAS:
P:The Buyer's members cultivate kelp on long-line rafts in the Sanduao bay. Strong tidal currents during storms and spring tides damage rafts and anchors. The Buyer wishes to install a network of current profilers, current meters and telemetry buoys with an alarm platform, and the Integrator has submitted the best offer in the Buyer's competitive consultation of March 2026.
P:At the Buyer's request all prices are expressed and paid in Chinese Yuan Renminbi (CNY).
P:IT HAS BEEN AGREED AS FOLLOWS:
H:Art. 1 (Purpose)
P:1.1 The Integrator shall supply, install at sea, configure and commission six acoustic Doppler current profilers, fourteen single-point current meters and eight telemetry buoys with solar power and BeiDou/cellular transmission, together with a perpetual licence of its current-monitoring data platform installed on the Buyer's server, and shall train the Buyer's staff.
P:1.2 After the warranty period the Integrator shall provide the maintenance service described in Art. 8.
H:Art. 2 (Contractual documents)
P:2.1 The contract consists of, in descending order of precedence: this contract; Annex 1 (Technical specifications and station map); Annex 2 (Acceptance test plan); the Integrator's offer of 18 March 2026.
H:Art. 3 (Price)
P:3.1 The contract price is CNY 1,648,000, all taxes, transport, customs clearance, insurance and boat hire included, broken down as follows:
TB:Item|Qty|Unit price (CNY)|Amount (CNY)
TB:Acoustic Doppler current profilers with trawl-resistant frames|6|128,000|768,000
TB:Single-point current meters|14|23,500|329,000
TB:Telemetry buoys (solar, BeiDou/cellular)|8|36,800|294,400
TB:Data platform perpetual licence|1|96,000|96,000
TB:Equipment and licence subtotal|||1,487,400
TB:Installation at sea, moorings and commissioning|1|142,600|142,600
TB:Training|1|18,000|18,000
TB:Contract price|||1,648,000
P:3.2 The price is firm and not subject to revision. The annual maintenance fee under Art. 8 is not part of the contract price.
H:Art. 4 (Payment)
P:4.1 An advance of 10% of the contract price (CNY 164,800) is paid within fifteen days after signature, against an advance-payment bank guarantee of the same amount.
P:4.2 55% of the contract price (CNY 906,400) is paid after delivery and installation of all stations, on presentation of the installation report signed by both parties. The installation report does not constitute acceptance.
P:4.3 The balance of 35% (CNY 576,800) is paid after the Final Acceptance under Art. 6.
P:4.4 Payments are made within twenty days of receipt of a compliant invoice. The advance-payment guarantee is released when all equipment has been delivered.
H:Art. 5 (Delivery and installation)
P:5.1 The equipment shall be delivered to the Buyer's store in Sanduao within seventy days after signature. Installation at sea shall be completed within thirty days after delivery, during weather windows agreed with the Buyer's harbour master.
P:5.2 In case of delay in delivery or installation attributable to the Integrator, the Integrator shall pay delay penalties of 0.08% of the contract price per calendar day of delay, without prior formal notice, up to a maximum of 10% of the contract price.
P:5.3 The Integrator is responsible for export formalities in France, import clearance in China and packaging suitable for sea transport and storage on the quay. Risk in the equipment passes to the Buyer when the installation report for the station concerned is signed; ownership passes on payment of the instalment under Art. 4.2.
H:Art. 6 (Acceptance)
P:6.1 Acceptance takes place after a sea trial of thirty consecutive days following installation. Final Acceptance requires that: (a) each profiler and current meter, compared with the Buyer's reference current meter at the same station, shows a deviation of not more than 2 cm/s; (b) no station stays silent for more than twenty-two consecutive hours; (c) measurements appear on the platform within ten minutes of recording; (d) current-speed alarms are tested for every raft zone and reach the duty phones; and (e) the as-built documentation, mooring drawings and user manuals are delivered.
P:6.2 If the criteria are met, the parties sign the Final Acceptance report. Installation, use of the data or any payment does not constitute acceptance. If a criterion is not met, the Integrator shall remedy the defect within fifteen days and the sea trial is repeated for the stations concerned.
H:Art. 7 (Warranty)
P:7.1 All equipment and the platform are guaranteed for twenty-four months from the Final Acceptance, parts, labour and boat hire included. Sensors lost because of storms beyond the design conditions in Annex 1 are excluded.
P:7.2 Critical faults (platform unavailable, or three or more stations silent) shall be responded to remotely within two hours and attended at sea within thirty-six hours, weather permitting. Major faults (one station silent) shall be responded to within eight hours and repaired within five days.
P:7.3 For each hour by which the response time for a critical fault is exceeded, the Integrator shall pay CNY 600, deducted from the next payment or from the maintenance fee.
H:Art. 8 (Maintenance after the warranty)
P:8.1 After the warranty period the Integrator shall provide maintenance (two cleaning and recalibration campaigns per year, replacement of worn parts, platform updates and fault handling under Art. 7.2 and 7.3) for an annual fee of 9% of the equipment and licence subtotal, that is CNY 133,866 per year.
P:8.2 This fee is fixed for the first three years after the warranty. Maintenance is renewed only by a written order of the Buyer; there is no automatic renewal.
H:Art. 9 (Training and documentation)
P:9.1 The Integrator shall train six of the Buyer's staff for five days in Sanduao, covering the platform, alarm settings, routine checks of buoys from the Buyer's boats, battery and solar panel cleaning, and the reading of current profiles during storm warnings.
P:9.2 The Integrator shall deliver the user manual, the maintenance manual and the station sheets in Chinese, as well as the calibration certificates of every sensor.
H:Art. 10 (Obligations of the Buyer)
P:10.1 The Buyer shall provide a boat and a skipper familiar with the raft zones when requested with reasonable notice, a dry store for the equipment, power and network connection for the server, and the authorisations of the local maritime and fisheries authorities for the moorings.
P:10.2 Delays caused by the Buyer's failure to meet these obligations extend the Integrator's deadlines accordingly.
H:Art. 11 (Force majeure)
P:11.1 Typhoons, storms beyond the design conditions of Annex 1 and orders of the authorities closing the bay to navigation are cases of force majeure. The affected party shall inform the other party promptly, and the deadlines are extended by the duration of the event.
H:Art. 12 (Data and security)
P:12.1 All measurements, alarms, raft positions and logs belong to the Buyer. The Integrator may use them only to perform this contract and shall not disclose them or use them for other customers or for research.
P:12.2 Data are stored on the Buyer's server in Ningde. Telemetry is encrypted, each user has an individual account, and remote access by the Integrator requires the Buyer's approval for each session and is logged.
P:12.3 The Integrator shall notify the Buyer of any security incident within six hours, take immediate remedial measures and compensate the Buyer for losses caused by its failure to meet this article.
H:Art. 13 (Confidentiality)
P:13.1 Each party keeps confidential the information received from the other, in particular the layout of the rafts, production volumes and prices, and shall not disclose it without written consent. This obligation lasts for five years after the end of the contract.
H:Art. 14 (Intellectual property)
P:14.1 The dashboards, alarm rules, station configurations and interface programs developed for the Buyer, with their source code, belong to the Buyer, who may modify them and entrust them to any third party. The platform software remains the Integrator's property and is licensed to the Buyer perpetually.
H:Art. 15 (Subcontracting)
P:15.1 The Buyer approves, by signing this contract, the boat hire and diving work of Ningde Haixun Marine Engineering Co., Ltd. Any other subcontracting requires the Buyer's prior written consent. The Integrator remains responsible for its subcontractors.
H:Art. 16 (Termination)
P:16.1 If the Integrator fails to perform a material obligation and does not remedy the failure within fifteen days after a formal notice (mise en demeure) from the Buyer, the Buyer may terminate the contract by registered letter, without prejudice to damages.
H:Art. 17 (Applicable law and disputes)
P:17.1 This contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Ningde Arbitration Commission.
P:Made in Ningde, in two originals, on ______ 2026.
P:For the Buyer: ____________________    For the Integrator: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# h187e04 — Suzhou silk e-commerce firm: managed IT + desktop support; provider on Craigleith, Scottish house style
# (Parties (One)/(Two), "Clause N", Schedule, testing clause) — .txt
# ---------------------------------------------------------------------------------------------------------------
H187E04 = """MANAGED IT AND DESKTOP SUPPORT SERVICES AGREEMENT

between

SUZHOU JINSI SILK E-COMMERCE CO., LTD.

and

CRAIGLEITH TECHNICAL SERVICES LIMITED

THE PARTIES:

(One) SUZHOU JINSI SILK E-COMMERCE CO., LTD., a company incorporated in the People's Republic of China, having its registered office at 15 Xinghai Street, Suzhou Industrial Park, Suzhou, Jiangsu (the "Customer"); and

(Two) CRAIGLEITH TECHNICAL SERVICES LIMITED, a company incorporated under the Companies Acts in Scotland (registered number SC7XXXXX) and having its registered office at Lighthouse Cottage, Craigleith, North Berwick, East Lothian, Scotland (the "Provider").

WHEREAS:

(A) The Customer sells silk garments, bedding and scarves through its own online shop and through marketplaces, and runs an office and a fulfilment warehouse in Suzhou with approximately 140 users.

(B) The Provider supplies managed IT services and has a team of its own employees based in Suzhou.

(C) The Customer wishes to outsource the management of its end-user devices, servers and network to the Provider on the terms of this Agreement, with all charges stated and paid in Chinese Yuan Renminbi at the Customer's request.

NOW THEREFORE the Parties have agreed and do hereby agree as follows:

1. DEFINITIONS

1.1 In this Agreement: "Services" means the services described in Part 1 of the Schedule; "Service Commencement Date" means the date on which Transition Acceptance is signed; "Customer Data" means all data of the Customer, its staff and its online customers, including order, payment, address and employee data, which the Provider accesses or processes; "Incident" means an unplanned interruption or degradation of an IT service.

2. TERM

2.1 This Agreement commences on the date of the last signature and continues for twenty-four months from the Service Commencement Date (the "Term").

2.2 This Agreement shall not renew automatically. Any extension shall be agreed in writing and signed by both Parties.

3. TRANSITION

3.1 The Provider shall carry out the transition described in Part 2 of the Schedule and achieve Transition Acceptance within forty-five days after the date of this Agreement.

3.2 Transition Acceptance shall be given by the Customer in writing when: (a) an inventory of all devices, servers, network equipment and licences has been delivered and agreed; (b) monitoring covers all servers and network devices; (c) a test restore of the ERP and warehouse management system backups has been completed successfully; (d) runbooks for each server have been delivered; and (e) fifty test calls to the service desk have been handled in accordance with Clause 5. Go-live of the service desk alone shall not constitute Transition Acceptance.

3.3 If Transition Acceptance is delayed for reasons attributable to the Provider, the Provider shall pay to the Customer liquidated damages of CNY 1,000 for each day of delay, up to a maximum of CNY 46,000.

4. SERVICES AND CHARGES

4.1 The Provider shall provide the Services from the Service Commencement Date with the skill and care of a competent provider of managed IT services.

4.2 The charges are set out in Part 3 of the Schedule. The Monthly Service Charge is CNY 58,400 and the one-off Transition Charge is CNY 46,000, making a total of CNY 1,447,600 for the Term (the "Contract Value").

4.3 The Monthly Service Charge is invoiced monthly in arrears and is payable within thirty days of receipt of a valid invoice. The Transition Charge is invoiced after Transition Acceptance. No charge is payable in advance.

4.4 The number of users may vary by ten users either way without change to the Monthly Service Charge.

5. SERVICE LEVELS

5.1 Priority 1 Incidents (the online shop order interface, the warehouse management system or the office network unavailable for all users) shall be responded to within fifteen minutes and restored within three hours, round the clock and seven days a week. Priority 2 Incidents shall be responded to within one hour and resolved within one business day. Priority 3 requests shall be handled within two business days.

5.2 The managed servers shall achieve availability of at least 99.98% in each calendar month, excluding maintenance windows agreed in advance with the Customer.

5.3 Where a service level is missed in any month, the Provider shall credit the Customer with service credits as set out in Part 4 of the Schedule, up to twenty per cent of the Monthly Service Charge for that month. Service credits are without prejudice to the Customer's other rights.

6. CUSTOMER DATA AND SECURITY

6.1 Customer Data is and shall remain the property of the Customer. The Provider shall process Customer Data only for the purpose of providing the Services and in accordance with the Customer's instructions, and shall not use it for any other purpose.

6.2 The Provider shall comply with the Customer's information security policy and with the Personal Information Protection Law and Data Security Law of the People's Republic of China. In particular, the Provider shall ensure that Customer Data remains in mainland China and is accessed only by named engineers in Suzhou using multi-factor authentication through the Customer's privileged-access system, with all sessions logged.

6.3 The Provider shall notify the Customer of any actual or suspected security incident affecting Customer Data within six hours of becoming aware of it, shall assist the Customer in containing and investigating it, and shall indemnify the Customer against losses arising from the Provider's breach of this Clause 6.

6.4 On termination the Provider shall return all Customer Data and credentials to the Customer and securely delete any copies within fifteen days.

7. CONFIDENTIALITY

7.1 Each Party shall keep confidential all information of the other Party which is designated as confidential or which ought reasonably to be regarded as confidential, including product designs, supplier prices and sales figures, and shall not disclose it without the prior written consent of the other Party. This obligation shall survive termination for five years.

8. INTELLECTUAL PROPERTY

8.1 All documentation, scripts, configurations and reports created by the Provider specifically for the Customer under this Agreement shall belong to the Customer upon creation, and the Customer may use, modify and disclose them to any successor provider without restriction.

8.2 The Provider's pre-existing tools remain the property of the Provider; the Provider grants the Customer a royalty-free licence to use them to the extent they are embedded in the deliverables.

9. LIABILITY

9.1 Each Party's total liability under or in connection with this Agreement shall not exceed one hundred and fifty per cent of the Contract Value.

9.2 Nothing in this Agreement limits liability for death or personal injury caused by negligence, for fraud, or for breach of Clause 6 or Clause 7.

10. SUBCONTRACTING

10.1 The Provider shall not subcontract any of its obligations under this Agreement without the prior written consent of the Customer. The Provider shall remain responsible for the acts and omissions of any approved subcontractor.

11. TERMINATION

11.1 The Customer may terminate this Agreement with immediate effect by written notice if the Provider commits a material breach which is not remedied within thirty days after written notice requiring remedy, or if service credits reach the maximum in any three consecutive months.

11.2 Either Party may terminate this Agreement if the other becomes insolvent.

11.3 On expiry or termination the Provider shall give exit assistance for up to sixty days at the rates in Part 3 of the Schedule.

12. GOVERNING LAW AND JURISDICTION

12.1 This Agreement shall be governed by and construed in accordance with the law of Scotland.

12.2 The Parties prorogate the exclusive jurisdiction of the Court of Session in Edinburgh in respect of any dispute arising out of or in connection with this Agreement.

13. GENERAL

13.1 Notices shall be in writing and delivered by hand, courier or e-mail to the addresses of the Parties set out above.

13.2 This Agreement, together with the Schedule, constitutes the entire agreement between the Parties in relation to its subject matter.

IN WITNESS WHEREOF these presents consisting of this and the preceding pages together with the Schedule annexed are executed as follows:

Subscribed for and on behalf of SUZHOU JINSI SILK E-COMMERCE CO., LTD. at Suzhou on ______ 2026 by ____________________ (Legal Representative)

Subscribed for and on behalf of CRAIGLEITH TECHNICAL SERVICES LIMITED at North Berwick on ______ 2026 by ____________________ (Director)

THIS IS THE SCHEDULE REFERRED TO IN THE FOREGOING MANAGED IT AND DESKTOP SUPPORT SERVICES AGREEMENT

Part 1 – Services
Service desk (telephone, WeChat Work and portal), 08:00 to 20:00 on working days, with on-call cover at other times; desktop and laptop support, installation and replacement for approximately 140 users; management of the office productivity tenant and e-mail; patching, antivirus and endpoint protection; management of six on-site servers (ERP, warehouse management system, file, backup and two domain controllers); daily backups with a monthly test restore; management of firewalls, switches and Wi-Fi in the office and warehouse; monthly service report and review meeting.

Part 2 – Transition
Discovery and inventory; knowledge transfer from the Customer's current contractor; monitoring set-up; backup verification; runbooks; service desk set-up and test calls.

Part 3 – Charges
User support: 140 users x CNY 320 per month = CNY 44,800 per month
Server and network management: CNY 13,600 per month
Monthly Service Charge: CNY 58,400
Transition Charge (one-off): CNY 46,000
Total over the Term: 24 x CNY 58,400 + CNY 46,000 = CNY 1,447,600
Additional work and exit assistance: CNY 1,600 per engineer day

Part 4 – Service Credits
Priority 1 response or restoration time missed: 3% of the Monthly Service Charge per Incident.
Server availability below 99.98% in a month: 5% of the Monthly Service Charge.
Priority 2 resolution times met for fewer than 95 in every 100 Incidents in a month: 2% of the Monthly Service Charge.
"""

# ---------------------------------------------------------------------------------------------------------------
# h187e05 — Hainan coconut exporter: export-declaration API subscription + integration; vendor on the Isla de Alborán,
# Spanish house style (APPEAR / STATE, "Article N." headings + N.N) — .md
# ---------------------------------------------------------------------------------------------------------------
H187E05 = """# API SUBSCRIPTION AND INTEGRATION AGREEMENT

**Export Declaration Data Service – Agreement No. ALB-API-2026-0092**

In Almería, on ____ __________ 2026.

## APPEAR

**On the one part,** ALBORÁN ADUANAS DIGITALES, S.L., a Spanish limited company with tax identification number B-04XXXXXX, registered in the Commercial Registry of Almería, with registered office at Isla de Alborán, s/n, 04001 Almería, Spain, represented by its managing director (the **"Vendor"**).

**On the other part,** HAINAN YEXIANG COCONUT PRODUCTS EXPORT CO., LTD., a company incorporated in the People's Republic of China, with registered office at 88 Binhai Avenue, Longhua District, Haikou, Hainan, represented by its legal representative (the **"Customer"**).

The parties acknowledge each other's capacity to enter into this Agreement and

## STATE

I. That the Vendor operates an application programming interface ("API") that prepares, validates and transmits export declaration data, certificates of origin and shipping documents, including an HS classification library and validation rules for agricultural products.

II. That the Customer exports desiccated coconut, coconut milk, coconut water, coconut shell charcoal and coir products from Hainan, files approximately 20,000 export declarations per year through its licensed customs broker, and wishes to connect its ERP system to the Vendor's API.

III. That at the Customer's request all prices are stated and payable in Chinese Yuan Renminbi (CNY).

Now therefore, the parties agree to the following

## CLAUSES

### Article 1. Purpose

1.1 The Vendor shall provide the Customer with access to the API and its web console (the "Service") for the Subscription Term, and shall carry out the integration work described in Article 4.

1.2 The Service includes pre-submission validation of declaration data against customs rules, HS code suggestions for the Customer's product catalogue, generation of packing lists, commercial invoices and certificate-of-origin applications, and transmission of validated declarations to the Customer's customs broker and to the Single Window client operated by that broker.

### Article 2. Subscription Term

2.1 The Subscription Term is three Subscription Years from the Production Access Date, the date on which the Vendor issues production API keys after Integration Acceptance.

2.2 This Agreement does not renew automatically. Any renewal requires a written agreement signed by both parties.

### Article 3. Fees and payment

3.1 The fees are as follows:

| Item | Basis | Amount (CNY) |
|---|---|---|
| Annual Platform Fee (includes 24,000 declarations per Subscription Year) | per Subscription Year | 148,000 |
| Platform Fees for three Subscription Years | 3 x 148,000 | 444,000 |
| Integration Fee (ERP connector, product catalogue and HS mapping, document templates, testing) | one-time | 86,000 |
| **Total Contract Value** | | **530,000** |
| Additional declarations above the annual allowance | per declaration | 5 |

3.2 The Integration Fee and the Annual Platform Fee for the first Subscription Year, together CNY 234,000, shall be invoiced on signature of this Agreement and paid within fifteen days of the invoice, and in any case before the Vendor starts the integration work.

3.3 The Annual Platform Fee for the second and third Subscription Years is invoiced at the beginning of each Subscription Year and payable within thirty days. Additional declarations are invoiced quarterly in arrears.

### Article 4. Integration

4.1 The Vendor shall build a connector between the Customer's ERP system and the API, map the Customer's product catalogue to HS codes and declaration elements, configure the document templates and train the Customer's logistics staff, within sixty days after receipt of the first payment.

4.2 If the Vendor does not achieve Integration Acceptance within that period for reasons attributable to it, the Vendor shall pay the Customer a penalty of CNY 400 per day of delay, up to a maximum of CNY 40,000.

### Article 5. Integration Acceptance

5.1 Integration Acceptance takes place when, in a joint test, the Customer has processed through the connector at least two hundred real export orders covering every product family and every destination market, and: (a) every declaration passes the Vendor's validation without manual re-keying; (b) the declaration data, packing lists and invoices match the ERP orders line by line; (c) the customs broker confirms receipt of all test declarations in the correct format; and (d) the average API response time for validation is below two seconds.

5.2 The Customer confirms Integration Acceptance in writing. The issue of API keys for testing, or the use of the Service in testing, is not acceptance.

### Article 6. Service levels

6.1 The Vendor shall make the API available for at least 99.95% of each calendar month, excluding maintenance notified forty-eight hours in advance and performed on Sundays between 01:00 and 05:00 China Standard Time.

6.2 Priority 1 incidents (the API does not accept or transmit declarations, or rejects valid declarations for all users) shall be responded to within six (6) hours and resolved within one business day. Priority 2 incidents shall be responded to within one business day.

6.3 If the availability in a month falls below the level in Article 6.1, the Customer is entitled to a service credit of 5% of one-twelfth of the Annual Platform Fee for each started 0.1 percentage point of shortfall, up to 25%. Credits are set off against the next invoice.

### Article 7. Customer data and security

7.1 All declaration data, product data, prices, buyer details and documents submitted by the Customer are and remain the Customer's property. The Vendor shall use them only to provide the Service to the Customer and shall not disclose, sell or analyse them for any other purpose, whether or not anonymised.

7.2 The Service and all Customer data are hosted on servers in mainland China operated by a cloud provider with a Multi-Level Protection Scheme level 3 record. The Vendor encrypts data in transit and at rest, restricts access to named staff with multi-factor authentication, and keeps audit logs.

7.3 The Vendor shall notify the Customer of any security incident affecting Customer data within eight hours of becoming aware of it, take all measures needed to contain it, and compensate the Customer for losses caused by its breach of this Article.

7.4 At the end of the Subscription Term the Vendor shall deliver an export of all Customer data and delete it from its systems within thirty days.

### Article 8. Confidentiality

8.1 Each party shall keep confidential all information received from the other party in connection with this Agreement, including prices, customers and export volumes, and shall not disclose it to third parties without prior written consent. This obligation survives for three years after the end of the Agreement.

### Article 9. Intellectual property

9.1 The API, the web console, the HS library and the validation rules remain the property of the Vendor.

9.2 The ERP connector, the product mappings and the document templates developed for the Customer under Article 4 belong to the Customer, who may use, modify and license them freely. The Vendor shall deliver the source code of the connector at Integration Acceptance.

### Article 10. Obligations of the Customer

10.1 The Customer shall provide the Vendor with its product catalogue, specifications and historical declarations needed for the integration, appoint a project contact, and ensure that its customs broker cooperates in the joint test.

10.2 The Customer remains responsible for the correctness of the commercial data it submits and for the final declaration filed by its customs broker. The Vendor's HS code suggestions are an aid and do not replace the broker's review.

10.3 The Customer shall keep its API keys secret and inform the Vendor without delay of any suspected misuse.

### Article 11. Liability

11.1 The total liability of the Vendor arising from this Agreement, for any cause, shall not exceed the amount of CNY 180,000.

11.2 The limit does not apply to wilful misconduct or gross negligence.

### Article 12. Force majeure

12.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as typhoons, general failures of public networks or acts of authorities, provided that it informs the other party promptly and takes reasonable steps to limit the consequences. Force majeure does not suspend the Vendor's obligations under Article 7.

### Article 13. Subcontracting

13.1 The cloud provider referred to in Article 7.2 is approved by the Customer on signature. The Vendor shall not otherwise subcontract any part of the Service or the integration without the Customer's prior written consent.

### Article 14. Termination

14.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty days after being requested in writing to do so.

14.2 If the Customer terminates for the Vendor's breach, the Vendor shall refund the Platform Fee paid for the remainder of the current Subscription Year.

### Article 15. Governing law and disputes

15.1 This Agreement is governed by the laws of the People's Republic of China.

15.2 Any dispute shall be submitted to the Hainan International Arbitration Court for arbitration in Haikou.

### Article 16. Final provisions

16.1 This Agreement is executed in English in two copies. Amendments are valid only in writing signed by both parties.

In witness whereof, the parties sign this Agreement at the place and on the date indicated above.

| For the Vendor | For the Customer |
|---|---|
| ____________________ | ____________________ |
"""

# ---------------------------------------------------------------------------------------------------------------
PLAIN = {  # written as they are (UTF-8)
    "h187z03_bubble_tea_chain_store_ordering_saas.md": H187Z03,
    "h187z04_district_womens_federation_platform_om.txt": H187Z04,
    "h187z05_honey_producer_erp_supplier_template.md": H187Z05,
    "h187e02_water_town_hotel_channel_manager_saas.txt": H187E02,
    "h187e04_silk_ecommerce_managed_it_desktop_support.txt": H187E04,
    "h187e05_coconut_exporter_declaration_api_subscription.md": H187E05,
}
SOURCES = {"h187z01": H187Z01, "h187z02": H187Z02, "h187e01": H187E01, "h187e03": H187E03}
TARGETS = {"h187z01": ("h187z01_earthquake_bureau_warning_release_system.docx", "docx"),
           "h187z02": ("h187z02_sanitary_ceramics_defect_vision_inspection.pdf", "pdf"),
           "h187e01": ("h187e01_teaware_kiln_scheduling_licence_spanish_vendor.docx", "docx"),
           "h187e03": ("h187e03_kelp_cooperative_current_sensors_maintenance.pdf", "pdf")}

if __name__ == "__main__":
    for name, text in PLAIN.items():
        (OUT / name).write_text(text, encoding="utf-8")
        print("wrote", name)
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
