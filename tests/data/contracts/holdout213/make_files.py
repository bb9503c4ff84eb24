"""holdout213: ten ordinary draft contracts (5 zh, 5 en) and their hand-made labels.

Run with /work/main/.venv/bin/python make_files.py. The .md/.txt texts are written as they are; the two .docx and the
two .pdf are built from the word_pdf.py markup (T: title, H: heading, P: paragraph, TB: table row) with
wrap_words=True for the PDFs. The labels (.json) are written at the end from the hand-set terms below; the script
asserts every price / payment sum, computes the percentages with Python, and re-applies the policy's CR rules to each
label's terms to check that they give the planned rule list.
"""
import json
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------------
# h213z01 — 市农业农村局 智慧农机监管平台 系统集成, 政府采购 公开招标, buyer's paper (.docx, 第X条 + 1.1)
# ---------------------------------------------------------------------------------------------------------------
H213Z01 = """
T:云溪市智慧农机监管平台建设项目政府采购合同
P:合同编号：YXNY-ZFCG-2026-017
P:采购项目编号：YXCG2026-GK-0342（公开招标）
P:甲方（采购人）：云溪市农业农村局
P:地址：云溪市新城区政务服务中心东楼五层
P:乙方（供应商）：江北数智农业科技有限公司
P:地址：江北省临江市高新区创业路88号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及云溪市智慧农机监管平台建设项目公开招标文件（以下简称“招标文件”）、乙方投标文件和中标通知书，甲乙双方经协商一致，订立本合同。招标文件、投标文件和中标通知书为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方负责云溪市智慧农机监管平台的系统集成建设，包括：为全市纳入作业补贴监管范围的农机安装北斗作业监测终端、深松作业监测传感器和机载视频采集终端；提供农机作业监管平台软件许可；按甲方需求定制开发作业补贴核验、作业面积自动核算和农机监管大屏三个模块；完成与省农机购置补贴管理系统、省农机作业监测平台的数据对接；负责全部设备的安装调试、平台部署和用户培训。
P:1.2 平台部署于云溪市政务云，甲方协调云资源，乙方负责应用系统的部署和配置。
P:1.3 设备技术参数、软件功能清单及定制开发需求以招标文件第三章“采购需求”和乙方投标文件技术响应表为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币叁佰陆拾叁万元整（¥3,630,000.00），为固定总价，包含设备、软件许可、定制开发、接口开发、运输、保险、安装调试、培训、质保期内服务及全部税费。价款明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|北斗农机作业监测终端|1,200台|1,380|1,656,000
TB:2|深松作业监测传感器|400套|960|384,000
TB:3|机载视频采集终端|300套|1,150|345,000
TB:4|农机作业监管平台软件许可（永久）|1套|420,000|420,000
TB:小计|设备及软件许可小计|||2,805,000
TB:5|定制开发（补贴核验、面积核算、监管大屏）|1项|516,000|516,000
TB:6|省级系统数据接口开发|1项|138,000|138,000
TB:7|安装调试及培训|1项|171,000|171,000
TB:合计||||3,630,000
P:2.2 除经双方书面确认的需求变更外，甲方不再向乙方支付本合同价款以外的任何费用。
H:第三条 付款方式
P:3.1 合同签订后，乙方向甲方提交等额银行预付款保函，甲方在收到保函之日起15个工作日内支付合同总价的20%作为预付款，即¥726,000。
P:3.2 全部设备到货安装完毕并通过初步验收后，甲方支付合同总价的45%，即¥1,633,500。
P:3.3 项目通过最终验收后，甲方支付合同总价的35%，即¥1,270,500。
P:3.4 乙方请款前应开具等额发票。甲方付款按财政国库集中支付程序办理。
H:第四条 交货与实施
P:4.1 乙方应在合同签订后60日内完成全部终端的到货和安装，90日内完成平台部署、定制开发和数据对接，并向甲方提交初步验收申请。
P:4.2 终端安装不得影响农时作业，安装完成后由农机户和乡镇农机站人员在安装单上签字。安装单仅用于确认安装数量，不代表质量验收。
P:4.3 乙方项目经理未经甲方书面同意不得更换。
H:第五条 验收
P:5.1 初步验收：全部设备安装调试完毕、平台部署完成后，由甲方组织初步验收。验收标准为：（1）终端型号、数量和技术参数与投标文件一致；（2）终端在线率不低于98%，定位精度不大于5米；（3）深松作业深度监测误差不大于2厘米；（4）补贴核验、面积核算、监管大屏模块实现招标文件规定的全部功能；（5）与省级系统接口联调通过，数据推送无遗漏。
P:5.2 最终验收：初步验收合格后系统试运行60日。试运行期间未发生一级故障，作业面积核算结果与人工抽测结果的误差不超过3%，且平台通过第三方测评机构的网络安全等级保护二级测评后，由甲方组织专家进行最终验收并出具书面验收报告。
P:5.3 任何一项验收标准未满足的，乙方应在10日内整改并重新提请验收。设备安装完成、平台上线、甲方使用系统或支付部分款项，均不视为验收合格。
H:第六条 质量保证与售后服务
P:6.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供设备维修更换、软件缺陷修复、版本升级和技术支持。
P:6.2 服务水平：平台月度可用率不低于99.95%（计划内维护除外；计划维护须提前3个工作日通知甲方，并安排在非作业季的夜间进行）。故障分为三级：一级故障指平台整体无法访问、补贴核验功能中断或终端数据大面积无法上传，乙方应在30分钟内响应，2小时内远程恢复或提出临时解决方案，8小时内到达现场；二级故障指部分功能异常，乙方应在2小时内响应，1个工作日内解决；三级故障指一般性问题，1个工作日内响应，5个工作日内解决。
P:6.3 乙方未达到6.2规定服务水平的，一级故障响应或恢复每超时1小时，甲方扣减服务违约金¥1,000；平台月度可用率每低于承诺值0.01个百分点，扣减¥1,500。上述款项从甲方应付款中扣除。
P:6.4 质保期满后，甲方如需乙方继续提供维保服务，维保年费不超过设备及软件许可小计的8%（即每年不超过¥224,400），且质保期满后两年内不得上调。维保服务另行签订合同，不自动续期。
H:第七条 数据安全
P:7.1 平台采集的农机位置数据、作业数据、视频影像、补贴核验数据及农机户个人信息均属于甲方所有。乙方仅可为履行本合同处理上述数据，不得复制、留存、向第三方提供或用于其他任何目的。
P:7.2 乙方应按照网络安全等级保护二级要求部署平台，落实身份鉴别、访问控制、传输和存储加密、操作日志审计等措施；乙方运维访问须通过政务云堡垒机进行并经甲方审批。
P:7.3 发生数据泄露、篡改、丢失等安全事件的，乙方应在2小时内报告甲方并立即采取补救措施。因乙方原因造成安全事件的，乙方承担全部责任，并赔偿甲方及第三方因此遭受的损失。
H:第八条 保密
P:8.1 乙方对履行本合同过程中知悉的甲方工作秘密、农机户信息、补贴数据和系统配置信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因本合同终止而解除。
H:第九条 知识产权
P:9.1 乙方为本项目定制开发的软件模块、接口程序及其源代码和技术文档，知识产权归甲方所有。乙方应在最终验收时一并移交源代码，甲方可自行或委托第三方使用、修改。
P:9.2 农机作业监管平台软件的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:9.3 乙方保证所供设备和软件不侵犯第三方知识产权。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成实施的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:10.2 乙方交付的设备或软件不符合约定的，应在甲方指定期限内更换或整改。
P:10.3 甲方无正当理由逾期付款的，按中国人民银行公布的同期贷款市场报价利率向乙方支付逾期利息。
H:第十一条 分包
P:11.1 本项目不允许分包。乙方不得将本合同项下的任何工作转包或分包给第三方。
H:第十二条 合同解除
P:12.1 乙方有下列情形之一的，甲方有权书面通知解除本合同：（1）逾期交货或逾期完成实施超过30日；（2）验收两次不合格；（3）严重违反数据安全或保密义务；（4）其他根本违约行为，经甲方书面催告后15日内仍未改正。
P:12.2 合同解除后，乙方应退还甲方已付但未履行部分的款项并赔偿损失。
H:第十三条 不可抗力
P:13.1 因不可抗力不能履行合同的，受影响一方应及时通知对方，并根据影响部分或全部免除责任。
H:第十四条 适用法律与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同自双方法定代表人或授权代表签字并加盖公章之日起生效。本合同一式六份，甲方四份，乙方二份。
P:甲方（盖章）：云溪市农业农村局　　　　乙方（盖章）：江北数智农业科技有限公司
P:授权代表：　　　　　　　　　　　　　　授权代表：
P:日期：　　年　　月　　日　　　　　　　日期：　　年　　月　　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h213z02 — 钢管厂 钢管超声探伤系统 hardware supply + post-warranty maintenance (.pdf, 一、/（一）/1.)
# ---------------------------------------------------------------------------------------------------------------
H213Z02 = """
T:钢管超声波自动探伤系统采购及维保合同
P:合同编号：HYGG-SB-2026-0219
P:甲方（买方）：华岳精密钢管有限公司
P:地址：湖南省衡阳市松木经济开发区钢城路6号
P:乙方（卖方）：东辰无损检测设备有限公司
P:地址：江苏省无锡市新吴区锡兴路212号
P:甲方为其冷拔无缝钢管二车间新建两条钢管超声波自动探伤线，经询价比选确定乙方为供应商。双方依据《中华人民共和国民法典》，就探伤系统的供货、安装、质保及质保期满后的维保服务订立本合同。
H:一、合同标的及价格
P:（一）乙方向甲方提供两套全自动相控阵超声波探伤系统，用于外径φ20至φ114毫米冷拔无缝钢管的纵向缺陷、横向缺陷及壁厚检测，检测方法符合GB/T 5777-2019，验收等级为L2。
P:（二）设备、软件及服务明细如下：
P:1. 全自动相控阵超声探伤主机（含多通道采集系统、工控机），2套，单价1,186,000元，金额2,372,000元；
P:2. 旋转探头架及耦合水循环装置，2套，单价318,000元，金额636,000元；
P:3. 上下料辊道及自动分选机构，2套，单价264,000元，金额528,000元；
P:4. 对比试样管及标定装置，1批，金额96,000元；
P:5. 探伤软件及检测数据管理模块（永久许可），2套，单价85,000元，金额170,000元；
P:以上设备及软件小计3,802,000元。
P:6. 安装调试（含与甲方MES系统的数据对接），金额156,000元；
P:7. 操作培训及无损检测人员取证培训，金额50,000元。
P:（三）合同总价为人民币4,008,000元（大写：肆佰万零捌仟元整），含13%增值税及包装、运输、保险、安装调试和培训费用。除本合同另有约定外，甲方不再支付其他费用。
H:二、付款方式
P:（一）合同生效后10个工作日内，甲方支付合同总价的20%作为预付款，即801,600元。
P:（二）设备全部运抵甲方车间并经开箱检验后，甲方支付合同总价的45%，即1,803,600元。开箱检验仅核对数量、型号和外观，不构成质量验收。
P:（三）设备通过最终验收后，甲方支付合同总价的25%，即1,002,000元。
P:（四）合同总价的10%，即400,800元，作为质量保证金，在质保期满且无未决质量问题后15日内无息支付。
P:（五）乙方每次收款前应开具等额增值税专用发票。
H:三、交货与安装
P:（一）乙方应在合同生效后90日内将全部设备运抵甲方二车间指定位置，并在到货后30日内完成安装调试。
P:（二）设备运输、卸车和就位由乙方负责，费用已含在合同总价内。甲方提供电源、压缩空气、水源等安装条件和必要的配合。
P:（三）乙方派驻的安装人员应遵守甲方安全生产管理制度，进入车间前须接受甲方的安全培训，并自行承担其人员的安全责任。
H:四、验收
P:（一）安装调试完成后，乙方书面提请验收，甲方在7个工作日内组织验收。验收标准如下：
P:1. 使用对比试样管进行动态检测，对比样管上的全部人工缺陷（内外壁纵向刻槽、横向刻槽及通孔）均应检出，连续重复检测10次无漏检；
P:2. 对合格钢管的误报率不大于1%；
P:3. 壁厚测量误差不大于±0.04毫米；
P:4. 检测节拍满足每条线每分钟不少于3支（按6米管长计）；
P:5. 连续72小时带料运行无一级故障，检测数据完整上传至甲方MES系统。
P:（二）全部标准满足后，双方签署最终验收报告。任一项不满足的，乙方应在15日内整改后重新验收；两次验收不合格的，甲方有权退货并解除合同。
P:（三）设备运抵车间、安装完成或甲方在生产中使用设备，均不视为验收合格。
H:五、质量保证
P:（一）质保期为十八个月，自最终验收合格之日起计算。质保期内，非甲方人为原因造成的设备故障，由乙方免费维修或更换零部件；探头、楔块等易损件按本合同附件价格表供应。
P:（二）服务响应：一级故障（探伤线停机）乙方应在1小时内响应，8小时内派工程师到场，24小时内恢复运行；二级故障（部分通道异常但不影响主要检测）2小时内响应，48小时内处理完毕；三级故障（一般性问题）2个工作日内处理。
P:（三）乙方响应、到场或恢复每超时1小时，向甲方支付违约金2,000元，甲方可从应付款或质量保证金中直接扣除。
H:六、质保期满后的维保服务
P:（一）质保期满后，乙方按年向甲方提供维保服务，内容包括：每季度一次现场标定和预防性维护、探头及楔块等易损件的更换、探伤软件升级、故障维修和备件供应。服务响应要求同第五条第（二）款。
P:（二）维保年费按设备及软件小计的22%计取，即每年836,440元，自质保期满之日起三年内不作调整，按季度支付。
P:（三）维保期间乙方未按约定完成季度标定的，每次扣减当季维保费的10%。
H:七、检测数据与信息安全
P:（一）探伤检测数据、工艺参数、缺陷图谱及产品质量记录属于甲方所有。乙方不得复制、留存或将其用于本合同以外的任何目的。
P:（二）乙方远程诊断须经甲方设备部逐次审批，通过甲方指定的VPN及堡垒机接入，操作全程记录；乙方不得在设备工控机上安装与本合同无关的软件，交付的软件须经病毒查杀。
P:（三）因乙方原因导致甲方数据泄露、丢失或控制系统遭受网络攻击的，乙方应在2小时内通知甲方，立即采取补救措施，并赔偿甲方由此遭受的全部损失。
H:八、保密
P:乙方对甲方的生产工艺、产品规格、客户信息及检测数据负有保密义务，未经甲方书面同意不得向第三方披露。本条在合同终止后五年内继续有效。
H:九、知识产权
P:（一）乙方针对甲方产线编写的PLC程序、分选逻辑、检测工艺文件及MES接口程序归甲方所有，乙方应提供源程序，甲方可自行或委托他人修改和使用。
P:（二）探伤软件的知识产权归乙方，甲方享有永久使用权。乙方保证所供设备和软件不侵犯第三方的知识产权。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之三向甲方支付违约金，违约金总额不超过合同总价的5%。
P:（二）乙方所供设备达不到验收标准的，按本合同第四条处理，并赔偿甲方因此遭受的损失。
P:（三）甲方逾期付款的，按逾期金额和全国银行间同业拆借中心公布的贷款市场报价利率支付逾期利息。
H:十一、分包
P:乙方不得转包本合同。设备运输吊装如需委托第三方，须事先取得甲方书面同意，乙方对第三方的行为承担连带责任。
H:十二、合同解除
P:乙方逾期交货超过30日、两次验收不合格，或有其他严重违约行为经甲方书面通知后15日内仍未纠正的，甲方有权书面通知解除本合同，乙方应退还已收款项并赔偿甲方损失。
H:十三、不可抗力
P:因不可抗力致使合同不能履行的，受影响方应在3日内通知对方并提供证明，双方协商延期履行或解除合同。
H:十四、适用法律与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议由双方协商解决；协商不成的，提交衡阳仲裁委员会仲裁。
H:十五、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件一：设备技术规格书；附件二：易损件价格表；附件三：验收大纲。附件与本合同具有同等效力。
P:甲方（盖章）：华岳精密钢管有限公司　　乙方（盖章）：东辰无损检测设备有限公司
P:代表签字：　　　　　　　　　　　　　　代表签字：
"""

# ---------------------------------------------------------------------------------------------------------------
# h213z03 — 火锅连锁 点餐与供应链 SaaS, three years + 实施 (.md, Markdown headings "## 1." + 1.1)
# ---------------------------------------------------------------------------------------------------------------
H213Z03 = """# 餐饮门店点餐收银及供应链管理SaaS服务合同

合同编号：SWY-IT-2026-008

**甲方**：蜀味源餐饮管理有限公司（以下简称“甲方”）
地址：四川省成都市武侯区科华北路165号

**乙方**：云灶科技（成都）有限公司（以下简称“乙方”）
地址：四川省成都市高新区天府三街219号

甲方经营“蜀味源”火锅连锁品牌，现有直营门店86家及中央厨房1座。甲方拟采用乙方“云灶”餐饮SaaS平台统一门店点餐收银、供应链和会员管理。双方依据《中华人民共和国民法典》等法律法规，经友好协商，订立本合同。

## 1. 服务内容

1.1 乙方通过其“云灶”SaaS平台向甲方提供以下订阅服务：

- 点餐收银模块：扫码点餐、桌台管理、收银及聚合支付、外卖平台订单接入，覆盖甲方全部直营门店；
- 供应链模块：门店要货、中央厨房生产计划、采购、仓储及库存管理、冷链配送调度；
- 会员营销模块：会员储值、积分、优惠券及营销活动管理。

1.2 乙方提供实施服务，包括平台配置、菜品及物料主数据迁移、与甲方金蝶财务系统及外卖平台的接口开发、门店上线支持和店长、收银员培训。

1.3 门店新增或关闭的，点餐收银模块订阅费按本合同单价自下一结算季度起相应调整。

## 2. 服务期限与续期

2.1 订阅服务期限为三年，自上线验收合格之日起计算。

2.2 服务期满前60日，任何一方未书面通知对方不再续约的，本合同自动续期一年，续期次数不限。续期时，乙方有权按其届时公布的标准价格调整订阅费，但每次上调幅度不超过10%。

## 3. 费用

3.1 本合同费用如下：

| 项目 | 计费方式 | 年费用（元） | 三年合计（元） |
|---|---|---|---|
| 点餐收银模块 | 86店 × 2,280元/店/年 | 196,080 | 588,240 |
| 供应链模块 | 中央厨房及全部门店，包年 | 168,000 | 504,000 |
| 会员营销模块 | 包年 | 72,000 | 216,000 |
| 订阅费小计 | | 436,080 | 1,308,240 |
| 实施服务费 | 一次性 | — | 186,000 |
| 合同总价 | | | 1,494,240 |

3.2 上述价格均含增值税。短信费、外卖平台佣金及支付通道手续费由甲方与相关方另行结算，不含在本合同价格内。

## 4. 付款

4.1 本合同不设预付款。

4.2 订阅费按季度结算：每个服务季度结束后15日内，甲方根据乙方提交的季度服务报告和发票支付该季度订阅费，即每季度109,020元，并扣除第6.3条约定的服务抵扣金额。

4.3 实施服务费在上线验收合格后15日内一次性支付。

## 5. 实施与上线验收

5.1 乙方应在合同签订后45日内完成平台配置和接口开发，并在甲方指定的10家试点门店上线；试点运行通过后，乙方应在60日内完成全部门店上线。

5.2 上线验收标准：（1）试点门店连续14个营业日无一级故障；（2）点餐、收银、外卖订单与支付流水逐日对账一致；（3）中央厨房要货、配送与门店收货数据贯通，试点期间库存账实差异率不高于0.5%；（4）金蝶财务接口自动生成的凭证准确无误；（5）全部门店完成上线及店长培训。

5.3 满足全部标准后，双方签署上线验收报告。试点运行或门店使用平台营业，均不视为验收合格。

5.4 因乙方原因未能按5.1约定的时间完成全部门店上线的，每逾期一日，乙方向甲方支付违约金1,000元。

## 6. 服务水平

6.1 平台月度可用率不低于99.5%。计划内维护须安排在凌晨2:00至6:00之间，并提前48小时通知甲方。

6.2 故障分级及响应：一级故障（任一门店无法点餐或收银，或中央厨房无法下达生产计划）15分钟内响应，1小时内恢复或提供应急方案；二级故障（部分功能不可用）1小时内响应，8小时内解决；三级故障（咨询或一般问题）1个工作日内答复。

6.3 服务抵扣：当月可用率低于99.5%但不低于99%的，按当月订阅费的5%抵扣；低于99%的，按当月订阅费的10%抵扣。一级故障响应超时的，每次另行抵扣当月订阅费的2%。抵扣金额在当季订阅费中扣除。

6.4 乙方提供7×24小时服务热线，并在营业高峰时段（11:00—14:00、17:00—22:00）安排专人值守。

## 7. 数据

7.1 甲方在平台中产生和上传的订单、菜品、采购、库存、会员及财务数据（“甲方数据”）归甲方所有。

7.2 乙方应按照网络安全等级保护第三级要求运营平台，数据存储在中国境内，并采取传输和存储加密、权限分级、操作日志审计和异地备份等措施。会员个人信息的处理应符合《个人信息保护法》，乙方仅按甲方的指示处理。

7.3 发生数据泄露或其他安全事件时，乙方应在12小时内通知甲方，配合调查并采取补救措施；因乙方原因造成的损失由乙方赔偿。

7.4 甲方同意，乙方可以对甲方数据进行脱敏和汇总处理，形成餐饮行业经营指数、菜品热度及食材价格分析等数据产品，用于乙方的产品改进和对外发布的行业分析报告。该等数据产品的权利归乙方，本合同终止后乙方仍可继续使用。

7.5 本合同终止后30日内，乙方应向甲方提供全部甲方数据的完整导出文件，并在甲方书面确认后删除平台中的甲方数据（第7.4条所述数据产品除外）。

## 8. 知识产权

8.1 “云灶”平台及其功能模块的知识产权归乙方所有。

8.2 乙方为甲方定制开发的接口程序、报表及配置方案归甲方所有，甲方可自行或委托第三方使用、修改。

## 9. 保密

9.1 双方对合作中获知的对方商业秘密（包括甲方的菜品配方、供应商名录及采购价格、门店经营数据）负有保密义务，未经对方书面同意不得向第三方披露。保密期限至本合同终止后三年。

## 10. 违约责任与责任限额

10.1 任何一方违反本合同约定给对方造成损失的，应予赔偿。

10.2 乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但因乙方故意、重大过失或违反第7条、第9条造成的损失不受此限。

## 11. 分包

11.1 未经甲方书面同意，乙方不得将本合同项下的实施或运维工作分包给第三方。乙方使用的云基础设施服务商（阿里云）已经甲方在签署本合同时认可。

## 12. 合同解除

12.1 乙方严重违约，经甲方书面通知后15日内仍未纠正的，或平台连续两个月可用率低于99%的，甲方有权解除本合同，并按实际服务期结算费用。

12.2 甲方逾期支付订阅费超过60日的，乙方有权在书面通知后暂停服务。

## 13. 法律适用与争议解决

13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方应友好协商；协商不成的，提交成都仲裁委员会仲裁。

## 14. 其他

14.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。附件：服务说明书、门店清单、接口清单。

甲方（盖章）：蜀味源餐饮管理有限公司　　　乙方（盖章）：云灶科技（成都）有限公司

授权代表：　　　　　　　　　　　　　　　　授权代表：
"""

# ---------------------------------------------------------------------------------------------------------------
# h213z04 — 县民政局 社会救助信息平台 annual O&M, 政府采购 竞争性磋商 (.txt, 第一章 + 第X条 + （一）)
# ---------------------------------------------------------------------------------------------------------------
H213Z04 = """桐溪县社会救助信息平台运维服务合同

项目编号：TXCG-2026-CS-015（竞争性磋商）
合同编号：TXMZ-YW-2026-03

甲方（采购人）：桐溪县民政局
地址：桐溪县城关镇人民路36号

乙方（供应商）：启衡信息技术服务有限公司
地址：江南市滨湖区金融二街9号

第一章 总则

第一条 根据《中华人民共和国政府采购法》《中华人民共和国民法典》，以及桐溪县社会救助信息平台运维服务项目竞争性磋商文件、乙方响应文件和成交通知书，甲乙双方经协商一致，订立本合同。磋商文件、响应文件和成交通知书为本合同的组成部分。

第二条 服务期限自2026年7月1日起至2027年6月30日止。服务期满本合同自行终止，不自动续期；甲方需要继续采购的，依法重新组织采购。

第二章 服务内容

第三条 乙方负责桐溪县社会救助信息平台的运行维护。平台包括低保、特困供养、临时救助、医疗救助审批子系统，困难群众家庭经济状况核对系统，以及救助资金发放管理系统。服务内容包括：
（一）驻场运维：派驻2名运维工程师在甲方机房工作日驻场，负责系统巡检、故障处理、用户支持和账户权限管理；
（二）应用运维：缺陷修复、系统性能优化、因救助政策调整引起的小型功能变更，每年累计不超过200人日；
（三）安全运维：每月开展漏洞扫描、补丁管理和安全基线核查，配合完成年度网络安全等级保护测评及整改；
（四）数据治理：每季度开展救助对象数据比对核查，清理重复和错误数据，配合完成省、市数据上报。

第四条 乙方应在合同签订后5日内完成进场交接，向甲方提交运维方案、应急预案和驻场人员名单。驻场人员须具备相应资格，未经甲方同意不得更换。

第五条 人员要求：驻场运维工程师应具有三年以上政务信息系统运维经验，其中至少1人持有信息安全相关资格证书；乙方另须指定1名项目负责人，负责服务质量管理和与甲方的日常沟通，每季度向甲方现场汇报运维情况。乙方人员应遵守甲方的考勤、保密和机房管理制度。

第六条 应急保障：乙方应针对平台中断、数据库故障、勒索病毒等场景编制应急预案，每半年配合甲方开展一次应急演练；在年度救助资金集中发放前，乙方应完成系统压力测试和数据备份恢复验证，并向甲方提交书面报告。

第三章 服务费用与支付

第七条 本合同总价为人民币伍拾捌万陆仟元整（¥586,000），其中：驻场运维2人，每人全年168,000元，计336,000元；应用运维及系统优化128,000元；安全运维86,000元；数据治理36,000元。合同总价包含人员、差旅、工具软件及税费等全部费用。

第八条 本合同不设预付款。服务费按季度支付：每季度服务期满并经甲方季度考核后15个工作日内，甲方按考核结果支付当季服务费，每季度146,500元，考核扣款从当季服务费中扣除。第四季度服务费在年度验收合格后支付。

第四章 服务水平与考核

第九条 服务水平要求：
（一）平台月度可用率不低于99.95%；
（二）一级故障（审批系统或资金发放系统整体中断）乙方应在30分钟内响应，2小时内恢复；二级故障（部分功能异常）1小时内响应，8小时内解决；三级故障1个工作日内解决；
（三）乙方应于每月5日前提交上月运维报告，内容包括系统运行情况、故障及处理记录、工单统计、安全检查结果和下月工作计划；重大节假日及救助资金集中发放期间实行7×24小时值守；
（四）全部运维请求通过甲方运维工单系统登记和流转，乙方不得绕开工单系统处理变更；涉及生产系统的变更须提前2个工作日提交变更方案，经甲方批准后在非办公时间实施，并保留回退方案。

第十条 考核与扣款：甲方按季度对乙方进行考核。一级故障响应或恢复超时的，每次扣减服务费2,000元；月度可用率每低于承诺值0.01个百分点扣减1,000元；驻场人员无故缺勤的，每人每日扣减800元；运维报告迟交的，每次扣减500元。

第十一条 年度验收：服务期满后，甲方依据运维方案、季度考核结果、运维文档及资料移交情况进行年度验收，并出具书面验收意见。季度考核合格不替代年度验收。

第五章 数据安全与保密

第十二条 平台中的救助对象身份信息、家庭收入和财产信息、银行账户及救助资金数据属于甲方所有。乙方仅可为提供运维服务而接触上述数据，不得复制、下载、留存或用于其他任何目的。

第十三条 乙方运维人员应通过甲方堡垒机进行操作，实行最小权限和操作留痕；生产数据的导出须经甲方分管领导书面审批。乙方应遵守网络安全等级保护第三级的管理要求，对运维人员进行背景审查和安全培训。

第十四条 发生数据泄露、篡改或系统被攻击等安全事件的，乙方应在1小时内报告甲方，并按甲方应急预案处置；因乙方原因造成的，乙方承担相应法律责任并赔偿损失。

第十五条 乙方及其人员对在服务中知悉的救助对象个人信息和甲方工作秘密负有保密义务，驻场人员应签署保密承诺书。保密义务在合同终止后继续有效。

第六章 知识产权

第十六条 乙方在服务期间编写的运维脚本、优化代码、功能变更程序及运维文档，知识产权归甲方所有，服务期满时随运维资料一并移交甲方。平台原有软件的权利状况不因本合同而改变。

第七章 分包

第十七条 乙方不得转包本合同。机房空调、UPS等基础设施巡检及等级保护整改中的部分非核心工作，乙方可交由具备相应能力的第三方完成，但应提前五个工作日书面告知甲方，并对第三方的工作承担责任。

第八章 违约责任

第十八条 乙方未按第四条约定的时间完成进场交接的，每逾期一日，按合同总价的千分之一向甲方支付违约金。

第十九条 乙方违反第五章约定的，甲方有权要求乙方立即整改，并依照第十四条追究乙方责任。

第二十条 乙方在本合同项下的赔偿责任总额（包括违约金及第十四条约定的赔偿）以合同总价的50%为限，但乙方故意造成损失的除外。

第二十一条 甲方逾期付款的，按全国银行间同业拆借中心公布的贷款市场报价利率向乙方支付逾期利息。

第九章 合同解除

第二十二条 乙方有下列情形之一的，甲方可以书面通知解除本合同：
（一）连续两个季度考核不合格；
（二）发生因乙方原因导致的重大数据安全事件；
（三）其他严重违约行为，经甲方书面催告后10日内未改正。

第二十三条 合同解除或期满时，乙方应在10日内完成运维交接，移交全部账号、文档和资料，并配合新服务商接管。

第十章 争议解决及其他

第二十四条 本合同适用中华人民共和国法律。因本合同发生争议，双方协商不成的，向甲方所在地人民法院提起诉讼。

第二十五条 本合同自双方签字盖章之日起生效，一式五份，甲方三份，乙方两份。

甲方（盖章）：桐溪县民政局　　　　　　乙方（盖章）：启衡信息技术服务有限公司
法定代表人或授权代表：　　　　　　　　法定代表人或授权代表：
签订日期：2026年6月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h213z05 — 卤鸭 maker 质量追溯系统 licence + custom development, supplier's own template (.md, ## 第N条 + N.1)
# ---------------------------------------------------------------------------------------------------------------
H213Z05 = """# 链溯食品质量追溯系统软件许可及定制开发合同

（链溯科技标准合同文本 V2.3）

合同编号：LS-2026-HB-0417

**甲方（客户）**：江城鲜卤食品有限公司
住所：湖北省武汉市东西湖区食品工业园鲜卤路8号

**乙方（服务商）**：链溯信息科技（武汉）有限公司
住所：湖北省武汉市东湖新技术开发区光谷大道77号

鉴于甲方为卤制禽类食品生产企业，拟建立覆盖原料鸭坯入厂、卤制加工、包装、冷链配送及门店销售的质量追溯体系，乙方拥有“链溯”食品质量追溯系统软件的著作权并具备定制开发能力，双方经协商一致，订立本合同。

## 第1条 定义

1.1 “标准软件”指乙方拥有著作权的“链溯”食品质量追溯系统V5.0及其后续版本。

1.2 “定制开发”指乙方根据甲方需求，在标准软件基础上开发的功能模块、接口及小程序。

1.3 “上线”指系统部署于甲方服务器并开放给甲方用户使用。

## 第2条 合作内容

2.1 乙方授予甲方标准软件永久使用许可，授权范围为甲方名下三个卤制工厂、两个冷链仓库及甲方全部直营门店。

2.2 定制开发内容：鸭坯入厂批次登记及供应商动物检疫合格证明关联；卤制工艺参数（卤汤温度、卤制时长、冷却时间）自动采集；包装赋码及冷链运输温度记录；门店及消费者扫码溯源小程序；与甲方ERP系统的批次数据接口。

2.3 乙方负责系统部署实施，并为甲方质量、生产和门店人员提供培训。培训共计8场，包括系统管理员培训、工厂操作员培训和门店店长培训，培训教材由乙方提供。

2.4 甲方应按乙方要求提供服务器、操作系统、数据库、网络环境及赋码设备，指定项目联系人，及时确认需求说明书和界面原型。甲方确认需求说明书后提出的需求变更，乙方有权另行收费并顺延交付期。

2.5 乙方提供的标准软件功能以乙方产品说明书为准。乙方对系统在甲方特定业务场景下的适用性不作任何明示或默示的保证。

## 第3条 合同价款

| 项目 | 金额（元） |
|---|---|
| 标准软件许可（永久） | 480,000 |
| 定制开发 | 560,000 |
| 部署实施 | 96,000 |
| 培训 | 24,000 |
| 合计 | 1,160,000 |

合同总价为人民币壹佰壹拾陆万元整（¥1,160,000），含增值税。服务器、扫码枪、赋码设备及网络由甲方自行采购。

## 第4条 付款方式

4.1 合同签订后5个工作日内，甲方支付合同总价的65%，即754,000元。乙方收到该款项后启动项目。

4.2 系统上线后10个工作日内，甲方支付合同总价的35%，即406,000元。

4.3 乙方收款后开具发票。甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金，乙方并有权暂停全部服务。

## 第5条 交付与验收

5.1 乙方应在收到首付款后90个工作日内完成部署上线。因甲方需求变更、现场条件不具备或甲方配合不及时造成的延误，交付期相应顺延。

5.2 系统部署完成并上线之日，即视为甲方验收合格。甲方在上线后发现的问题，按本合同第7条维护服务处理，不影响验收结论和付款。

5.3 乙方交付的文档包括用户手册和系统管理员手册。源代码、数据库设计文档不属于交付范围。

5.4 甲方未在乙方通知的上线日期前完成配合事项的，乙方有权视为系统已于通知日期上线。

## 第6条 知识产权

6.1 标准软件及定制开发成果（包括源代码、数据库设计、接口程序、小程序及相关文档）的知识产权均归乙方所有。

6.2 甲方在许可范围内享有定制开发成果的非独占使用权，不得自行或委托第三方修改、反向工程或向第三方提供。

6.3 乙方有权将定制开发成果用于其标准产品及其他客户项目。

## 第7条 维护服务

7.1 系统上线后六个月为免费维护期，乙方提供远程故障处理和缺陷修复服务。

7.2 服务响应：一级故障（系统无法登录或赋码中断）乙方在2小时内响应，并尽快修复；二级故障8小时内响应；三级故障2个工作日内响应。上述时间为服务目标，乙方不因响应或修复时间超出目标而承担扣款、赔偿或违约责任。

7.3 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护合同，维护费按乙方届时公布的服务价格标准计收。

7.4 因甲方操作不当、擅自修改系统、硬件或网络故障引起的问题，不属于维护范围。

## 第8条 数据

8.1 甲方在系统中录入和产生的生产、质检、批次及销售数据由甲方所有。

8.2 乙方负责系统应用层的安全，采取访问控制、数据加密和定期备份等措施；乙方知悉数据安全事件后48小时内通知甲方。因乙方过错造成数据泄露的，乙方在第11条约定的限额内承担赔偿责任。

8.3 甲方同意，乙方可在对数据进行脱敏处理后，将生产工艺参数、质检结果及流通数据用于食品行业大数据分析、算法模型训练和产品优化，本合同终止后亦同。

## 第9条 保密

9.1 双方对本合同内容及在合作中获知的对方商业信息负有保密义务，未经对方书面同意不得向第三方披露。甲方不得向第三方披露乙方的报价、软件文档和技术资料。保密义务在本合同终止后两年内有效。

## 第10条 分包

10.1 乙方有权根据项目需要将部分开发、实施工作委托第三方完成，无需另行取得甲方同意，乙方对第三方的工作成果负责。

## 第11条 违约责任

11.1 因乙方原因逾期上线的，每逾期一日，乙方按合同总价的万分之一向甲方支付违约金，违约金总额不超过合同总价的3%。

11.2 乙方在本合同项下的全部责任（包括违约金、赔偿及其他责任）累计不超过合同总价的20%。乙方对间接损失、利润损失、产品召回及商誉损失不承担责任。

11.3 甲方违反第6条约定的，应向乙方支付合同总价20%的违约金，并赔偿乙方全部损失。

## 第12条 合同解除

12.1 任何一方严重违约，经对方书面通知后30日内仍未纠正的，守约方有权书面通知解除本合同。

12.2 本合同解除或终止后，甲方应停止使用定制开发成果中未付清款项的部分，第6条、第9条继续有效。

12.3 因不可抗力、政府行为、网络运营商故障或第三方云服务中断导致乙方不能履行的，乙方不承担责任。受影响方应在不可抗力发生后10日内书面通知对方。

## 第13条 争议解决

13.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商不成的，提交武汉仲裁委员会仲裁。

## 第14条 其他

14.1 本合同以乙方标准文本为准，对本文本的任何修改须以双方签署的补充协议为准。双方往来通知以书面形式送达本合同首页所列地址，或发送至双方项目联系人的电子邮箱，发出即视为送达。

14.2 本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：江城鲜卤食品有限公司　　　　乙方（盖章）：链溯信息科技（武汉）有限公司

日期：　　年　　月　　日　　　　　　　　　日期：　　年　　月　　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h213e01 — Pingyao lacquer-ware workshop, colour-matching software perpetual licence + configuration + support,
#           vendor on Inishdalla, Irish style (.txt, "Clause N" + N.1)
# ---------------------------------------------------------------------------------------------------------------
H213E01 = """SOFTWARE LICENCE, CONFIGURATION AND SUPPORT AGREEMENT

Agreement No. DCS-CN-2026-014

THIS AGREEMENT is dated the date of the last signature below

BETWEEN:

(1) DALLA COLOUR SYSTEMS LIMITED, a private company limited by shares incorporated in Ireland with company number 612947, having its registered office at The Old Coastguard Station, Inishdalla, County Mayo, Ireland (the "Licensor"); and

(2) PINGYAO TUIGUANG LACQUERWARE WORKSHOP CO., LTD. (平遥推光漆器工坊有限公司), a limited liability company established under the laws of the People's Republic of China, having its registered address at 18 Nan Dajie, Pingyao County, Jinzhong, Shanxi Province, China (the "Customer").

BACKGROUND:

(A) The Licensor develops and licenses the TintWeave colour-matching software.

(B) The Customer produces traditional Pingyao polished lacquerware and wishes to record and reproduce its lacquer colours reliably.

(C) The Licensor has agreed to license, configure and support the Software on the terms of this Agreement. At the Customer's request, all prices are stated and paid in Chinese yuan (CNY).

IT IS AGREED as follows:

Clause 1 Definitions and Interpretation

1.1 In this Agreement:

"Acceptance Certificate" means the certificate described in Clause 5.3;

"Business Day" means a day other than a Saturday, Sunday or public holiday in the People's Republic of China;

"Configuration Services" means the services described in Schedule 1, Part B;

"Customer Data" means all colour measurements, pigment recipes, formulas, swatch records, designs and other data entered into or generated by the Software for the Customer;

"Deliverables" means the materials produced by the Licensor for the Customer in the Configuration Services;

"Software" means TintWeave Studio version 7, the Lacquer Pigment Module and the Spectro Bridge interface, in object code form, together with their documentation and any updates supplied under this Agreement.

1.2 Headings do not affect interpretation. "Including" means including without limitation.

Clause 2 Licence

2.1 The Licensor grants to the Customer a perpetual, non-exclusive and non-transferable licence to install and use the Software at the Customer's premises in Pingyao, for six named users on up to three workstations, for the Customer's own business purposes.

2.2 The Customer may make one back-up copy and shall not reverse engineer the Software except as permitted by law.

2.3 The Software and all intellectual property rights in it remain the property of the Licensor.

Clause 3 Charges and Payment

3.1 The Contract Price is the total of the Charges in Schedule 2, CNY 452,000, inclusive of all taxes. Tax that the Customer must withhold under PRC law is withheld without gross-up, and the Customer gives the Licensor the tax certificate.

3.2 The Contract Price shall be paid as follows:

(a) 20 per cent of the Contract Price (CNY 90,400) within 20 Business Days after signature of this Agreement and receipt of a valid invoice;

(b) 45 per cent of the Contract Price (CNY 203,400) within 20 Business Days after installation and completion of the Configuration Services, as confirmed in an installation report, which is not acceptance; and

(c) 35 per cent of the Contract Price (CNY 158,200) within 20 Business Days after the Acceptance Certificate is signed.

Clause 4 Installation and Configuration

4.1 The Licensor shall install the Software on site in Pingyao and complete the Configuration Services within 70 days after signature of this Agreement.

4.2 The Configuration Services include measuring 240 reference swatches from the Customer's master boards, building the pigment library for cinnabar, iron oxide black, gold leaf and the other mineral pigments in the Customer's tung-oil lacquer, calibrating the prediction model for the five-layer polishing process, and training the Customer's staff.

4.3 If the Licensor fails to complete installation and the Configuration Services by the date in Clause 4.1 for reasons attributable to it, the Licensor shall pay the Customer liquidated damages of CNY 300 for each day of delay, up to a maximum of 10 per cent of the Contract Price.

Clause 5 Acceptance

5.1 Within 10 Business Days after installation, the parties shall carry out the acceptance tests described in Schedule 3.

5.2 The acceptance tests are passed when: (a) for a test set of 60 reference swatches not used in calibration, the recipe predicted by the Software, when mixed and applied by the Customer's craftsmen, matches the target colour within a colour difference of ΔE2000 1.5 for at least 54 swatches; (b) repeat measurements of the same swatch vary by no more than ΔE2000 0.2; (c) the pigment library and the recipe history can be exported to CSV files and to the Customer's spreadsheet templates; and (d) the Software runs for 10 consecutive Business Days without a Severity 1 fault.

5.3 When the tests are passed, the Customer shall sign an Acceptance Certificate within 5 Business Days. If any test fails, the Licensor shall correct the failure and repeat the tests at its own cost. Installation, productive use of the Software or payment of any instalment does not constitute acceptance.

Clause 6 Warranty

6.1 The Licensor warrants that for 18 months from the date of the Acceptance Certificate (the "Warranty Period") the Software will perform materially in accordance with its documentation, and the Licensor shall correct defects, supply updates and provide the support in Clause 7 free of charge.

Clause 7 Support Services

7.1 Support is provided by telephone, e-mail and remote session in English and Chinese, 08:30 to 17:30 China time on Business Days, with these service levels:

Severity 1 - the Software cannot be started, recipes cannot be calculated or the pigment library is corrupted: response within 2 hours, workaround within 1 Business Day;

Severity 2 - a function is impaired but work can continue: response within 1 Business Day, fix in the next update;

Severity 3 - questions and cosmetic issues: response within 3 Business Days.

7.2 If the Licensor misses the Severity 1 response time or workaround time, it shall give the Customer a service credit of CNY 500 for each hour of delay, deducted from the next payment due or from the Annual Support Fee.

7.3 After the Warranty Period, the Customer may continue support for an Annual Support Fee of 11 per cent of the licence fees in Schedule 2 (CNY 312,000), being CNY 34,320 per year, fixed for the first three years after the Warranty Period. Any later increase requires the written agreement of both parties and shall not exceed 3 per cent per year.

7.4 Support after the Warranty Period continues for successive one-year periods at the same Annual Support Fee unless the Customer gives 30 days' written notice before the end of a year.

Clause 8 Customer Data and Security

8.1 Customer Data belongs to the Customer. The recipes for the Customer's traditional lacquer colours are trade secrets of the Customer. The Licensor shall process Customer Data only to perform this Agreement and shall not copy, retain, analyse or use it for any other purpose, including the development of its products.

8.2 The Software runs on the Customer's own workstations. Remote support sessions take place only with the Customer's consent for each session, and the Licensor's staff shall not download any Customer Data.

8.3 The Licensor shall keep its support systems secure, use multi-factor authentication for its staff and notify the Customer within 48 hours of becoming aware of any unauthorised access to Customer Data. The Licensor is responsible for any loss the Customer suffers from a security breach caused by the Licensor or its staff.

Clause 9 Intellectual Property in the Deliverables

9.1 All intellectual property rights in the Deliverables, including the pigment library, calibration data and recipe templates created for the Customer, vest in the Customer on creation. The Customer may use, modify and license the Deliverables freely, including with other software.

9.2 The Licensor retains the Software and its pre-existing tools, and indemnifies the Customer against third-party infringement claims.

Clause 10 Confidentiality

10.1 Each party shall keep confidential the information of the other party received under this Agreement and shall not disclose it without the other party's prior written consent, except as required by law.

10.2 This Clause survives termination for five years; in respect of the Customer's recipes and formulas it survives without limit of time.

Clause 11 Limitation of Liability

11.1 Nothing in this Agreement limits either party's liability for death or personal injury caused by negligence, for fraud, or for breach of Clause 8 or Clause 10.

11.2 Subject to Clause 11.1, the total liability of each party under or in connection with this Agreement shall not exceed 150 per cent of the Contract Price.

11.3 Neither party is liable for indirect or consequential loss.

Clause 12 Subcontracting and Assignment

12.1 The Licensor shall not subcontract or assign any of its obligations without the Customer's prior written consent.

Clause 13 Termination

13.1 The Customer may terminate this Agreement by written notice if the Licensor commits a material breach which is not remedied within 30 days after notice, or if the Licensor enters examinership, receivership or liquidation.

13.2 A licence paid for survives termination.

Clause 14 Force Majeure

Neither party is liable for delay caused by events beyond its reasonable control, if it notifies the other party promptly.

Clause 15 Governing Law and Jurisdiction

15.1 This Agreement and any non-contractual obligations arising out of or in connection with it are governed by the laws of Ireland.

15.2 The courts of Ireland have exclusive jurisdiction to settle any dispute arising out of or in connection with this Agreement.

Clause 16 General

This Agreement is the entire agreement between the parties. The English text prevails over any translation.

SCHEDULE 1 - SOFTWARE AND SERVICES

Part A: TintWeave Studio 7 (six named users), Lacquer Pigment Module, Spectro Bridge interface.

Part B: Configuration Services as described in Clause 4.2.

SCHEDULE 2 - CHARGES (CNY)

TintWeave Studio 7, six named users: 248,000
Lacquer Pigment Module: 64,000
Licence Fee subtotal: 312,000
Configuration Services: 118,000
Training: 22,000
Contract Price: 452,000

SCHEDULE 3 - ACCEPTANCE TESTS

Swatch prediction, repeatability, export and 10-day run tests as in Clause 5.2.

SIGNED for and on behalf of DALLA COLOUR SYSTEMS LIMITED by its director ____________________

SIGNED for and on behalf of PINGYAO TUIGUANG LACQUERWARE WORKSHOP CO., LTD. by its legal representative ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# h213e02 — Wuzhen water-town theatre, ticketing SaaS, Order Form + General Terms, vendor on the Insel Wörth in the
#           Staffelsee, German style (.docx, "§ N (1)", Word price table)
# ---------------------------------------------------------------------------------------------------------------
H213E02 = """
T:Order Form No. ST-2026-0387 — StageGate Ticketing Services
P:This Order Form is concluded under the General Terms and Conditions for SaaS Services of Staffelsee Ticketing GmbH, version 4.1, which are set out below and form part of the contract. In case of conflict, this Order Form prevails over the General Terms.
H:Parties
P:Vendor: Staffelsee Ticketing GmbH, Insel Wörth 1, 82418 Seehausen am Staffelsee, Germany; registered with the commercial register of the Local Court of Munich under HRB 274613; managing directors: Korbinian Hartl, Dr. Lena Aigner (the "Vendor").
P:Customer: Wuzhen Water Town Theatre Management Co., Ltd. (乌镇水乡剧场管理有限公司), No. 9 Xizha Road, Wuzhen Town, Tongxiang, Zhejiang Province, China (the "Customer").
H:Services and fees
P:All fees are stated and payable in Chinese yuan (CNY) at the Customer's request and include VAT. There are no per-ticket fees.
TB:Item|Description|Quantity|Monthly fee (CNY)|Fee for 36 months (CNY)
TB:1|StageGate Box Office and Web Shop, including WeChat mini-program sales channel|1 platform|6,400|230,400
TB:2|Seat map and dynamic pricing module|3 venues|1,850|66,600
TB:3|Access control app for handheld scanners|24 devices|1,200|43,200
TB:Subtotal subscription|||9,450|340,200
TB:4|Onboarding: seat-map drawing, payment integration, data migration from the existing system, training|one-time|—|58,000
TB:Total Contract Value||||398,200
H:Commercial terms
P:Subscription Term: 36 months from the Go-Live Date (the date of written acceptance under § 4 (3)).
P:Invoicing: subscription fees quarterly in arrears; onboarding fee upon written acceptance under § 4 (3). No advance payment is due.
P:Go-Live: no later than 60 days after signature of this Order Form.
P:Hosting: Alibaba Cloud, China (Hangzhou) region. The Customer approves Alibaba Cloud as subcontractor for hosting by signing this Order Form.
P:Venues: Grand Theatre (1,200 seats), Water Stage (680 seats), Xiushui Hall (320 seats).
H:General Terms and Conditions for SaaS Services (version 4.1)
H:§ 1 Subject matter
P:(1) These General Terms govern the provision of the Vendor's cloud-based ticketing software StageGate as software-as-a-service and the related onboarding services.
P:(2) Conflicting or supplementary terms of the Customer do not apply, even if the Vendor does not expressly object to them.
H:§ 2 Services
P:(1) The Vendor makes the platform available via the internet at the router exit of the data centre and provides the functions described in the service description attached to the Order Form.
P:(2) The Vendor may further develop the platform, provided that the functions agreed in the Order Form are not materially reduced. The Vendor will announce material changes at least four weeks in advance.
H:§ 3 Term and renewal
P:(1) The Subscription Term is stated in the Order Form.
P:(2) After the Subscription Term the contract renews for one further year at a time, unless either party gives notice of termination at least three months before the end of the current term. The fees do not change on renewal unless the parties agree otherwise in writing.
H:§ 4 Onboarding and acceptance
P:(1) The Vendor carries out the onboarding according to a project plan agreed with the Customer within two weeks after signature.
P:(2) Before Go-Live the parties carry out acceptance tests. The tests are passed when: (a) the seat maps of the three venues match the physical seating plans, checked seat by seat by the Customer; (b) 500 test tickets sold through the box office, the web shop and the WeChat mini-program, paid with WeChat Pay and Alipay, are reconciled with the payment provider's settlement report without difference; (c) all 24 scanners validate tickets in online and offline mode and reject duplicates; and (d) three live performance days pass without a Severity 1 incident.
P:(3) The Customer confirms acceptance in writing within five working days after the tests have been passed. Ticket sales to the public before written acceptance do not constitute acceptance.
P:(4) If Go-Live is delayed beyond the date in the Order Form for reasons for which the Vendor is responsible, the Vendor pays a contractual penalty of CNY 400 for each calendar day of delay, in total not more than 5 % of the Total Contract Value. Further damages remain unaffected; the penalty is credited against them.
H:§ 5 Fees and payment
P:(1) The fees are set out in the Order Form. Invoices are payable within 30 days of receipt.
P:(2) The Customer may set off only undisputed claims or claims established by final judgment.
H:§ 6 Availability and support
P:(1) The Vendor targets an availability of the platform of 99.95 % per calendar month. Planned maintenance announced at least three working days in advance and carried out between 01:00 and 05:00 China time does not count as downtime.
P:(2) Incidents are handled as follows: Severity 1 (no ticket sales or no entry control possible): response within 30 minutes, seven days a week from 08:00 to 23:00 China time; Severity 2 (important functions impaired): response within 2 hours; Severity 3 (other issues): response on the next working day.
P:(3) The availability and response times in this § 6 are service targets. Failure to meet them does not entitle the Customer to service credits, fee reductions, damages or any other compensation.
H:§ 7 Customer data and data protection
P:(1) Customer data, in particular the names, mobile numbers and identity card numbers of ticket buyers collected for real-name ticketing, orders and seat data, remain the property of the Customer. The Vendor processes them only to provide the services and only on the Customer's documented instructions; any other use, including analysis for the Vendor's own purposes, is excluded.
P:(2) Customer data are stored and processed exclusively in the People's Republic of China in the hosting region named in the Order Form. The Vendor's staff in Germany have access only to pseudonymised system logs. No personal information is transferred outside China.
P:(3) The Vendor maintains a classified protection (MLPS) level 3 filing for the Customer's platform instance, encrypts data in transit and at rest, applies role-based access with logging, and has an external penetration test carried out once a year.
P:(4) The Vendor notifies the Customer of any security incident affecting customer data within 48 hours of becoming aware of it, supports the Customer in its notification duties and bears the costs and losses resulting from a breach of its obligations under this § 7.
P:(5) After the end of the contract the Vendor provides a complete export of the customer data and deletes them within 30 days after the Customer has confirmed receipt.
H:§ 8 Confidentiality
P:(1) The parties keep confidential all business and trade secrets of the other party that become known to them in connection with the contract, in particular sales figures, prices and customer lists, and use them only for the purposes of the contract.
P:(2) This obligation continues for three years after the end of the contract.
H:§ 9 Rights of use and work results
P:(1) The Vendor grants the Customer a non-exclusive, non-transferable right to use the platform for the Subscription Term.
P:(2) Seat maps, pricing configurations, report templates and other work results created specifically for the Customer during the onboarding belong to the Customer. The Customer may use, modify and pass them on to third parties without restriction, also after the end of the contract.
H:§ 10 Liability
P:(1) The Vendor is liable without limitation for intent and gross negligence, for injury to life, body or health, and under the Product Liability Act.
P:(2) In case of slight negligence the Vendor is liable only for the breach of essential contractual obligations, limited to the damage typical for the contract and foreseeable at the time of conclusion.
P:(3) In the cases of paragraph (2), the Vendor's total liability under this contract is limited to the fees paid by the Customer for the six months preceding the event giving rise to the claim.
P:(4) Liability for loss of data is limited to the cost of restoring them from backups which the Vendor is obliged to make under § 7.
H:§ 11 Subcontractors
P:The Vendor may use the hosting provider named in the Order Form. Any other subcontractor requires the Customer's prior written consent, which shall not be unreasonably withheld. The Vendor is responsible for its subcontractors as for its own conduct.
H:§ 12 Termination
P:(1) Ordinary termination during the Subscription Term is excluded.
P:(2) Each party may terminate the contract for good cause without notice. Good cause for the Customer exists in particular if the Vendor commits a material breach and does not remedy it within 30 days after written notice, or if the monthly availability falls below 99 % in two consecutive months.
H:§ 13 Force majeure
P:Neither party is liable for failure to perform caused by force majeure, including natural disasters, epidemics, war, government measures and large-scale failures of public networks, for the duration of the event.
H:§ 14 Governing law and place of jurisdiction
P:(1) The law of the Federal Republic of Germany applies, to the exclusion of the UN Convention on Contracts for the International Sale of Goods.
P:(2) The exclusive place of jurisdiction for all disputes arising out of or in connection with this contract is Munich, Germany.
H:§ 15 Final provisions
P:(1) Amendments and supplements must be made in writing; this also applies to any waiver of the written form requirement.
P:(2) Should any provision be or become invalid, the validity of the remaining provisions is not affected; the parties shall replace the invalid provision by a valid one that comes closest to its economic purpose.
P:(3) The English version of this contract is binding.
P:For the Vendor: ____________________ (Korbinian Hartl, Managing Director)    For the Customer: ____________________ (authorised signatory, company seal)
"""

# ---------------------------------------------------------------------------------------------------------------
# h213e03 — Dongshan lobster holding farm, seawater-temperature sensors + maintenance, integrator on the Île
#           Stagadon, French, buyer's paper (.md, "## Article N – Title" + N.1)
# ---------------------------------------------------------------------------------------------------------------
H213E03 = """# SUPPLY, INSTALLATION AND MAINTENANCE CONTRACT

## Seawater Temperature Monitoring System for the Lobster Holding Ponds

Contract No. DSHX-2026-EQ-011

**BETWEEN**

**Dongshan Haixin Lobster Holding Co., Ltd.** (东山海鑫龙虾暂养有限公司), a limited liability company registered in Dongshan County, with its registered office at Aojiao Harbour Road 3, Dongshan County, Zhangzhou, Fujian Province, China, represented by its general manager (the "Buyer"),

**AND**

**Stagadon Instruments Marins SARL**, a French *société à responsabilité limitée* with a share capital of EUR 80,000, registered with the Trade and Companies Register of Brest, with its registered office at Île Stagadon, 29880 Plouguerneau, France, represented by its *gérant* (the "Supplier"),

together the "Parties".

**PREAMBLE**

The Buyer holds live spiny lobsters in 64 seawater ponds before export. The water temperature must be kept within a narrow band, and a chiller failure on a summer night can kill the stock of a pond within hours. The Buyer has therefore decided to install a continuous monitoring system. This Contract was prepared by the Buyer. The Supplier's technical offer of 12 March 2026 is attached as Annex 2 for technical content only; in case of conflict this Contract prevails. At the Buyer's request, all prices are stated and paid in Chinese yuan (CNY).

## Article 1 – Definitions

1.1 "Equipment" means the probes, gateways and data loggers listed in Article 3.

1.2 "Software" means the AquaVeille monitoring software and the chiller-control interface module, licensed under Article 12.

1.3 "Installation Certificate" means the document signed by the Parties when the Equipment is installed and connected.

1.4 "Final Acceptance" means acceptance under Article 6.3.

## Article 2 – Scope

2.1 The Supplier shall supply, install, calibrate and commission the Equipment and the Software, connect the chiller-control interface to the Buyer's twelve existing chiller units, train the Buyer's pond technicians, and provide warranty and maintenance services as described in this Contract.

2.2 The system shall measure the temperature, dissolved oxygen and salinity of each pond every minute, display them on a dashboard, trigger alarms and adjust the chillers automatically within the limits set by the Buyer.

## Article 3 – Price

3.1 The Contract Price is fixed and includes all costs of supply, packing, transport to the site, installation, calibration, commissioning, training and warranty service:

| Item | Qty | Unit price (CNY) | Amount (CNY) |
|---|---|---|---|
| Multi-parameter seawater probe (temperature, dissolved oxygen, salinity), titanium housing | 64 | 7,850 | 502,400 |
| LoRa gateway and data logger with battery back-up | 16 | 6,300 | 100,800 |
| AquaVeille monitoring software, perpetual licence, with alarm module | 1 | 148,000 | 148,000 |
| Chiller-control interface module | 1 | 56,000 | 56,000 |
| **Equipment and Licence Subtotal** | | | **807,200** |
| Installation, calibration and commissioning | 1 | 72,600 | 72,600 |
| Training of pond technicians | 1 | 18,200 | 18,200 |
| **Contract Price** | | | **898,000** |

3.2 The Contract Price includes Chinese VAT. The Buyer acts as importer of record; the Supplier provides all documents needed for customs clearance.

## Article 4 – Payment

4.1 10 % of the Contract Price (CNY 89,800) as an advance payment within 15 days after signature, against a bank guarantee of the same amount issued by a bank acceptable to the Buyer.

4.2 55 % of the Contract Price (CNY 493,900) within 15 days after the Installation Certificate is signed. The Installation Certificate confirms delivery and installation only and does not constitute acceptance.

4.3 35 % of the Contract Price (CNY 314,300) within 15 days after Final Acceptance.

## Article 5 – Delivery and Installation

5.1 The Supplier shall deliver the Equipment DAP (Incoterms 2020) the Buyer's site in Dongshan within 75 days after signature and complete installation within 20 days after delivery.

5.2 Installation shall be planned pond by pond so that no pond is without temperature control for more than two hours.

## Article 6 – Acceptance

6.1 After installation, the Parties carry out the acceptance tests in Annex 1.

6.2 The tests are passed when: (a) every probe measures temperature within ±0.1 °C of a calibrated reference thermometer at 12 °C, 16 °C and 20 °C; (b) dissolved oxygen readings are within ±0.2 mg/L and salinity within ±0.5 PSU of reference measurements; (c) an alarm raised when a pond leaves its set temperature band reaches the duty technicians' phones by SMS and WeChat within 60 seconds; (d) the chiller control holds each test pond within ±0.5 °C of its set point over 48 hours; and (e) during a 30-day trial run no probe record shows a gap longer than 10 minutes and no Critical fault occurs.

6.3 When all tests are passed, the Parties sign the Final Acceptance Certificate. If a test fails, the Supplier corrects the defect at its cost and the test is repeated. Installation, use of the system by the Buyer or any payment does not constitute acceptance.

## Article 7 – Warranty

7.1 The warranty period is 24 months from Final Acceptance.

7.2 During the warranty period the Supplier repairs or replaces, free of charge, any defective Equipment, including probe membranes and sensors, and supplies Software corrections and updates.

## Article 8 – Service Levels

8.1 Critical fault (loss of alarms or of temperature readings for any pond, or failure of the chiller control): response by telephone within 30 minutes at any time of day, remote diagnosis within 2 hours, engineer on site within 6 hours.

8.2 Major fault (a single probe or gateway out of service without loss of alarms): response within 2 hours, repair on the next working day. Minor fault: response on the next working day.

8.3 On-site service is provided by the Supplier's subsidiary Stagadon Instruments (Xiamen) Co., Ltd., which the Buyer approves as subcontractor by signing this Contract.

8.4 For each hour by which the Supplier exceeds a Critical-fault response or on-site time, the Supplier pays the Buyer CNY 800, deducted from the next payment or from the maintenance fee.

## Article 9 – Maintenance after the Warranty Period

9.1 After the warranty period, the Buyer may order annual maintenance comprising two calibration visits per year, replacement of probe membranes, Software updates and the service levels of Article 8.

9.2 The annual maintenance fee is 9.5 % of the Equipment and Licence Subtotal, being CNY 76,684 per year, fixed for three years after the warranty period. Maintenance is ordered year by year by written order of the Buyer and does not renew automatically.

## Article 10 – Buyer Data and Security

10.1 All data generated by the system, including pond temperatures, stock records, mortality records and chiller logs, belong to the Buyer. The Supplier uses them only to perform this Contract and keeps no copies.

10.2 The data are stored on the Buyer's server on site. Remote access by the Supplier is possible only through a VPN account activated by the Buyer for each session; all sessions are logged. The Supplier shall keep its own systems and accounts secure and use multi-factor authentication.

10.3 The Supplier notifies the Buyer within 12 hours of any security incident affecting the Buyer's systems or data and is liable for the losses caused by its breach of this Article.

## Article 11 – Confidentiality

11.1 Each Party keeps confidential all information received from the other Party, in particular the Buyer's stock volumes, suppliers, export customers and prices, and uses it only for this Contract. This obligation continues for five years after the end of the Contract.

## Article 12 – Intellectual Property

12.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software.

12.2 The dashboards, alarm rules, chiller-control logic and reports configured specifically for the Buyer belong to the Buyer, who may use, modify and license them freely.

## Article 13 – Delay Penalties

13.1 If delivery or Final Acceptance is delayed for reasons attributable to the Supplier, the Supplier pays a penalty of 0.1 % of the Contract Price for each day of delay, up to 10 % of the Contract Price.

## Article 14 – Liability

14.1 The Supplier's total liability under this Contract is limited to 200 % of the Contract Price. This limit does not apply to wilful misconduct, gross negligence, personal injury or breach of Articles 10 and 11.

## Article 15 – Subcontracting

15.1 Apart from the subsidiary named in Article 8.3, the Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains responsible for its subcontractors.

## Article 16 – Termination

16.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after notice, or if the delay penalties reach their maximum.

16.2 On termination the Supplier refunds the amounts paid for Equipment or services not accepted.

## Article 17 – Force Majeure

17.1 Typhoons, earthquakes and other events beyond a Party's control that could not be foreseen or avoided excuse performance for their duration, provided the affected Party notifies the other Party within 5 days.

## Article 18 – Governing Law and Disputes

18.1 This Contract is governed by the laws of the People's Republic of China.

18.2 Any dispute shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen. The award is final and binding.

## Article 19 – Miscellaneous

19.1 This Contract is made in English and Chinese; both versions are equally authentic. Annex 1: Acceptance test plan. Annex 2: Supplier's technical offer.

For the Buyer: ____________________        For the Supplier: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# h213e04 — Lanzhou AI start-up, managed IT + desktop support, provider on Eilean Thuilm, Scottish style
#           (.txt, "N. HEADING" + N.1)
# ---------------------------------------------------------------------------------------------------------------
H213E04 = """MANAGED IT SERVICES AGREEMENT

between

THUILM MANAGED SERVICES LIMITED, a company incorporated in Scotland under the Companies Acts with registered number SC718204 and having its registered office at The Boathouse, Eilean Thuilm, Isle of Skye, Scotland (the "Provider")

and

LANZHOU QIYUAN INTELLIGENCE TECHNOLOGY CO., LTD. (兰州启元智能科技有限公司), a company established under the laws of the People's Republic of China and having its registered address at Building 4, Science and Technology Innovation Park, Lanzhou New Area, Gansu Province, China (the "Customer")

WHEREAS the Customer develops machine-learning models for industrial inspection and requires day-to-day management of its end-user devices, GPU workstations, network and backups; and the Provider has agreed to supply those services on the terms set out below. At the Customer's request all Charges are expressed and paid in Chinese yuan (CNY).

NOW THEREFORE the Parties HAVE AGREED and DO HEREBY AGREE as follows:

1. DEFINITIONS AND INTERPRETATION

1.1 In this Agreement: "Business Day" means a day on which banks are open in Lanzhou; "Charges" means the charges in Schedule 2; "Customer Systems" means the end-user devices, workstations, servers, network equipment and cloud accounts of the Customer listed in Schedule 1; "Initial Term" means the period of 24 months from the Service Commencement Date; "Service Commencement Date" means the date of Transition Acceptance under Clause 4.4; "Services" means the services described in Schedule 1.

1.2 Headings are for convenience only. Words in the singular include the plural and vice versa.

2. COMMENCEMENT AND DURATION

2.1 This Agreement commences on the date of the last signature and, unless terminated earlier, continues until the end of the Initial Term.

2.2 This Agreement does not renew automatically. Any extension shall be agreed in writing by the Parties not later than three months before the end of the Initial Term.

3. THE SERVICES

3.1 The Provider shall provide the Services with reasonable skill and care and in accordance with good industry practice and the Service Levels in Clause 5.

3.2 The Services comprise: (a) a service desk in Chinese and English from 08:00 to 20:00 Beijing time, Monday to Saturday; (b) on-site desktop support by two resident engineers employed by the Provider and based at the Customer's Lanzhou office; (c) endpoint management for up to 140 users, including patching, software distribution and joiner, mover and leaver administration; (d) management of 38 GPU workstations and 4 model-training servers; (e) management of the Customer's firewalls, switches and wireless network; and (f) management and monitoring of the daily backups of the Customer's code repositories and datasets.

3.3 The Customer shall give the Provider such access to the Customer Systems as the Provider reasonably requires, and shall nominate a service manager.

4. TRANSITION

4.1 The Provider shall complete the transition of the Services within 45 days after signature in accordance with the transition plan in Schedule 1.

4.2 Transition includes the inventory of all Customer Systems, the enrolment of all devices in the Provider's monitoring tools, the preparation of runbooks and the take-over of the backup schedules.

4.3 If transition is not completed within the period in Clause 4.1 for reasons attributable to the Provider, the Provider shall pay the Customer liquidated damages of CNY 900 for each day of delay, up to a maximum of CNY 46,000.

4.4 Transition Acceptance takes place when: (a) the asset inventory has been reconciled with the Customer's fixed-asset register without unexplained differences; (b) all devices report to the monitoring tools; (c) the runbooks have been approved by the Customer's service manager; (d) a restore test of two code repositories and one dataset has succeeded; and (e) the Services have run for 10 Business Days meeting all Service Levels. The Customer shall then sign a Transition Acceptance Certificate. The start of live service before that date does not constitute acceptance.

5. SERVICE LEVELS

5.1 Incidents are classified and handled as follows:

Priority 1 - office-wide outage of network, e-mail or file services, failure of the GPU training cluster, or a security incident in progress: response within 6 hours, resolution or workaround by the end of the next Business Day;

Priority 2 - a single user or workstation unable to work: response within 1 Business Day, resolution within 2 Business Days;

Priority 3 - requests and minor issues: response within 2 Business Days.

5.2 Response means that an engineer has started work on the incident and informed the requester.

5.3 If the Provider fails to meet a Priority 1 response time, it shall credit the Customer with 3 per cent of the Monthly Charges for each failure, and if more than 5 per cent of Priority 2 incidents in a month miss their resolution time, a further 2 per cent, subject to a total credit in any month of 10 per cent of the Monthly Charges. Service credits are deducted from the next invoice.

5.4 The Provider shall deliver a monthly service report showing incident numbers, Service Level performance and credits due.

6. CHARGES AND PAYMENT

6.1 The Charges are set out in Schedule 2. The Monthly Charges are invoiced monthly in arrears and are payable within 30 days of the date of invoice. The Transition Charge is invoiced on Transition Acceptance. No sums are payable in advance.

6.2 The Charges are fixed for the Initial Term. Changes in the number of users of more than ten are adjusted at the per-user rate in Schedule 2 from the following month.

7. CUSTOMER RESPONSIBILITIES

7.1 The Customer shall provide desk space, network access and parking for the resident engineers, maintain valid licences for the software installed on the Customer Systems and inform the Provider of planned changes to the Customer Systems.

8. INTELLECTUAL PROPERTY

8.1 Runbooks, scripts, configurations and documentation prepared by the Provider specifically for the Customer shall belong to the Customer on creation, and the Customer may use, modify and disclose them to any successor provider.

8.2 The Provider's monitoring tools and general know-how remain the property of the Provider.

9. CUSTOMER DATA

9.1 All data, source code, model weights, training datasets and other materials stored on the Customer Systems ("Customer Data") are and shall remain the property of the Customer.

9.2 The Provider shall use Customer Data only for the purpose of performing the Services and shall, on termination, return to the Customer or delete any Customer Data in its possession.

10. CONFIDENTIALITY

10.1 Each Party shall keep confidential all information disclosed to it by the other Party in connection with this Agreement and shall not disclose it to any third party without the prior written consent of the other Party, save to its employees and advisers who need to know it and are bound by equivalent obligations, or as required by law.

10.2 This Clause shall survive termination for a period of five years.

11. LIMITATION OF LIABILITY

11.1 Nothing in this Agreement shall limit or exclude liability for death or personal injury caused by negligence, or for fraud.

11.2 Subject to Clause 11.1, the aggregate liability of the Provider under or in connection with this Agreement shall not exceed an amount equal to 150 per cent of the total Charges payable during the Initial Term.

11.3 Neither Party shall be liable for any indirect or consequential loss or for loss of profit.

12. SUBCONTRACTING AND ASSIGNATION

12.1 The Provider shall not subcontract any of its obligations under this Agreement without the prior written consent of the Customer, and shall remain responsible for any subcontractor so approved.

12.2 Neither Party may assign this Agreement without the prior written consent of the other Party.

13. TERMINATION

13.1 Either Party may terminate this Agreement by written notice if the other Party commits a material breach which is not remedied within 30 days after written notice requiring it to be remedied.

13.2 Either Party may terminate this Agreement by written notice if the other Party becomes insolvent, has an administrator, receiver or liquidator appointed, or has its estate sequestrated.

13.3 The Customer may also terminate this Agreement by written notice if Priority 1 response times are missed in three months within any period of six months.

13.4 On expiry or termination the Provider shall provide reasonable exit assistance for up to 30 days, hand over all runbooks and credentials and return all Customer property.

14. FORCE MAJEURE

14.1 Neither Party shall be liable for any delay or failure caused by circumstances beyond its reasonable control, provided that it notifies the other Party promptly and takes reasonable steps to mitigate the effect.

15. GOVERNING LAW AND DISPUTES

15.1 At the request of the Customer, this Agreement shall be governed by the law of the People's Republic of China.

15.2 Any dispute arising out of or in connection with this Agreement shall be referred to the Lanzhou Arbitration Commission for arbitration in Lanzhou in accordance with its rules.

16. GENERAL

16.1 This Agreement, together with its Schedules, constitutes the entire agreement between the Parties. Any variation must be in writing and signed by both Parties. Notices shall be sent by recorded delivery or e-mail to the addresses above. This Agreement may be executed in counterparts and delivered electronically.

SCHEDULE 1 - SERVICES AND TRANSITION PLAN

Part 1: Service desk, desktop support, endpoint management, GPU workstation and server management, network and firewall management and backup management, as described in Clause 3.2.

Part 2: Transition plan in three phases: discovery (weeks 1 to 2), tooling and runbooks (weeks 3 to 5) and parallel run (weeks 6 and 7).

SCHEDULE 2 - CHARGES (CNY)

Desktop support and endpoint management, 140 users at 260 per user per month: 36,400 per month
GPU workstation and server management, 38 devices at 420 per device per month: 15,960 per month
Network and security device management: 6,800 per month
Monthly Charges: 59,160 per month, being 1,419,840 for the Initial Term of 24 months
Transition Charge (one-time): 46,000
Total Charges for the Initial Term: 1,465,840

IN WITNESS WHEREOF these presents consisting of this and the preceding pages are executed as follows:

Signed for and on behalf of THUILM MANAGED SERVICES LIMITED by its director ____________________ at Eilean Thuilm on ____________________

Signed for and on behalf of LANZHOU QIYUAN INTELLIGENCE TECHNOLOGY CO., LTD. by its legal representative ____________________ at Lanzhou on ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# h213e05 — Xinjiang red-date exporter, microbiology-test certificate API subscription + integration, vendor on the
#           Isola delle Femmine, Italian style (.pdf, "Art. N (Title)" + N.1)
# ---------------------------------------------------------------------------------------------------------------
H213E05 = """
T:API Subscription and Integration Agreement — CertiMicro Certificate Service
P:Agreement No. FLC-2026-CN-022
H:Parties
P:Femmine LabCert S.r.l., with registered office at Via dei Saraceni 12, 90040 Isola delle Femmine (PA), Italy, VAT number IT06518230829, share capital EUR 50,000 fully paid-in, registered with the Register of Companies of Palermo, in the person of its legal representative pro tempore, Ms Rosalia Cusumano (the "Vendor");
P:and Xinjiang Hongyu Red Date Export Co., Ltd. (新疆红玉红枣出口有限公司), with registered office at No. 27 Loulan Road, Ruoqiang County, Bayingolin Mongol Autonomous Prefecture, Xinjiang, China, in the person of its legal representative, Mr Ma Jianguo (the "Customer");
P:hereinafter jointly the "Parties".
H:Whereas
P:(a) the Vendor operates the CertiMicro platform, which receives microbiological test results from accredited laboratories through an application programming interface (API) and issues digitally signed microbiology-test certificates in the formats required by importers and authorities in the European Union, the United Kingdom and the Gulf Cooperation Council countries;
P:(b) the Customer exports dried red dates and has every export lot tested by two CNAS-accredited laboratories in Urumqi and Korla, with which it has its own contracts;
P:(c) the Customer wishes to subscribe to the CertiMicro service and to have it integrated with its ERP system and with the laboratories' data, and has asked that all prices be stated and paid in Chinese yuan (CNY);
P:(d) the above recitals form an integral and substantive part of this Agreement.
P:Now, therefore, the Parties agree as follows.
H:Art. 1 (Definitions)
P:1.1 "Activation Date" means the date on which the Vendor activates the production API keys for the Customer. "Certificate" means a certificate issued through the Service for one export lot. "Integration Services" means the services described in Art. 6. "Service" means access to the CertiMicro platform and API. "Subscription Term" means 36 months from the Activation Date. "Total Contract Value" means the amount stated in Art. 4.2.
H:Art. 2 (Subject matter)
P:2.1 The Vendor grants the Customer access to the Service for the Subscription Term and performs the Integration Services.
P:2.2 The Service includes the issue of up to 2,400 Certificates per contract year, the verification of each result against the microbiological criteria of the target market (in particular Regulation (EC) No 2073/2005 for the European Union), a QR code on each Certificate allowing importers to verify it, and an online archive of all Certificates.
H:Art. 3 (Term and renewal)
P:3.1 The Agreement enters into force on signature and remains in force until the end of the Subscription Term.
P:3.2 On expiry, the Agreement is renewed for one year at a time at the same fees, unless either Party gives notice by certified e-mail (PEC) or registered letter at least 90 days before expiry.
H:Art. 4 (Fees)
P:4.1 The fees are as follows:
TB:Item|Basis|Amount (CNY)
TB:Integration Services (ERP connector, laboratory data mapping, Certificate templates for three markets)|one-time|126,000
TB:API subscription, up to 2,400 Certificates per contract year|148,000 per contract year x 3|444,000
TB:Total Contract Value||570,000
P:4.2 The Total Contract Value is CNY 570,000, inclusive of VAT. Certificates beyond 2,400 in a contract year are charged at CNY 45 each.
H:Art. 5 (Invoicing and payment)
P:5.1 An advance payment of 45 per cent of the Total Contract Value, being CNY 256,500, is due within 15 days of signature and before the Activation Date. It is set off against the Integration Services fee and the first-year subscription fee.
P:5.2 The balance of the Integration Services fee and the first-year subscription fee, being CNY 17,500, is due within 15 days after the Integration Acceptance Certificate.
P:5.3 The subscription fees for the second and third contract years are due at the start of each contract year.
P:5.4 In case of late payment, interest accrues at the loan prime rate published by the National Interbank Funding Center plus two percentage points.
H:Art. 6 (Integration Services and acceptance)
P:6.1 The Vendor shall develop a connector to the Customer's Kingdee ERP system, map the report data of the two laboratories to the Service, prepare Certificate templates for the European Union, the United Kingdom and the Gulf Cooperation Council markets, and train the Customer's quality staff.
P:6.2 The Integration Services shall be completed within 60 days after the advance payment is received. For each day of delay attributable to the Vendor, the Vendor pays a penalty of 0.08 per cent of the Total Contract Value, up to 8 per cent of the Total Contract Value.
P:6.3 Acceptance tests: (a) 50 test lots are processed end to end from the laboratory report to the signed Certificate without any mapping error; (b) every field of the Certificates matches the laboratory reports and the ERP lot data; (c) the QR verification works from importers' networks in Germany, the United Kingdom and the United Arab Emirates; and (d) the API answers each call within 2 seconds during a load test of 200 calls per minute.
P:6.4 When the tests are passed, the Parties sign an Integration Acceptance Certificate. Use of the Service for real export lots before that date does not constitute acceptance.
H:Art. 7 (Service levels)
P:7.1 The Vendor guarantees an availability of the API of 99.95 per cent per calendar month, excluding maintenance announced 72 hours in advance and carried out on Sundays between 01:00 and 05:00 China time.
P:7.2 Priority 1 incidents (no Certificate can be issued or verified) are answered within 1 hour, at any time; Priority 2 incidents within 2 business hours of the Vendor's China support desk; Priority 3 incidents on the next working day.
P:7.3 If the monthly availability falls below 99.95 per cent, the Customer receives a service credit of 5 per cent of the monthly share of the annual subscription fee, or 10 per cent if it falls below 99.5 per cent. Each missed Priority 1 response time gives a further credit of 2 per cent.
H:Art. 8 (Customer data)
P:8.1 Laboratory results, lot data, importer names and all other data provided by the Customer or generated for it ("Customer Data") belong to the Customer. The Vendor processes them only to provide the Service and for no other purpose.
P:8.2 The Customer instance of the Service is hosted on Alibaba Cloud in the Shanghai region. Customer Data are not transferred outside the People's Republic of China, except that Certificates are sent to importers named by the Customer on the Customer's instruction. The Vendor's staff in Italy have access only to system logs without Customer Data.
P:8.3 The Vendor maintains an ISO/IEC 27001 certified information security management system, encrypts Customer Data in transit and at rest, and applies role-based access with logging.
P:8.4 The Vendor notifies the Customer within 48 hours of any security incident affecting Customer Data, cooperates in remedying it and is liable for the damage resulting from a breach of this Art. 8.
H:Art. 9 (Intellectual property)
P:9.1 The Service, the platform and all connectors, data mappings, Certificate templates and other results of the Integration Services, including those developed specifically for the Customer, are and remain the exclusive property of the Vendor.
P:9.2 The Customer receives a non-exclusive, non-transferable right to use those results for the Subscription Term, solely together with the Service. The Customer may not modify them or have them modified by third parties.
H:Art. 10 (Confidentiality)
P:10.1 Each Party keeps confidential the technical and commercial information of the other Party, in particular the Customer's export volumes, prices and buyers, and uses it only for the purposes of this Agreement, during the Agreement and for five years after its end.
H:Art. 11 (Liability)
P:11.1 The Vendor's total liability under this Agreement is limited to 125 per cent of the Total Contract Value, except in cases of wilful misconduct or gross negligence.
P:11.2 The Vendor is not liable for the content of the laboratory results, which remains the responsibility of the laboratories.
H:Art. 12 (Subcontracting)
P:12.1 The Vendor may not subcontract any part of the Service or the Integration Services without the Customer's prior written consent. The Customer approves Alibaba Cloud as hosting provider by signing this Agreement.
H:Art. 13 (Termination)
P:13.1 The Vendor may terminate this Agreement with immediate effect under an express termination clause by certified notice if the Customer fails to pay any amount within 30 days of its due date.
P:13.2 The Customer acknowledges that this Agreement is concluded for a fixed term and may not be terminated or withdrawn from by the Customer before the end of the Subscription Term for any reason. For any breach by the Vendor, the Customer's remedies are the service credits under Art. 7 and damages within the limits of Art. 11.
H:Art. 14 (Force majeure)
P:14.1 Neither Party is liable for non-performance caused by events beyond its control, such as natural disasters, epidemics, acts of authority or general network failures, for the duration of the event.
H:Art. 15 (Governing law and disputes)
P:15.1 This Agreement is governed by the laws of the People's Republic of China.
P:15.2 Any dispute arising from this Agreement shall be submitted to the Urumqi Arbitration Commission for arbitration in Urumqi.
H:Art. 16 (Final provisions)
P:16.1 This Agreement is drawn up in English in two originals. Amendments are valid only if made in writing and signed by both Parties.
P:16.2 The Customer declares that it has read and specifically approves Art. 5 (Invoicing and payment), Art. 9 (Intellectual property), Art. 11 (Liability) and Art. 13 (Termination).
P:Isola delle Femmine / Ruoqiang, on ____________________
P:The Vendor: ____________________        The Customer: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# Files
# ---------------------------------------------------------------------------------------------------------------
TEXTS = {  # written as they are
    "h213z03": ("h213z03_hotpot_chain_ordering_supply_chain_saas.md", H213Z03),
    "h213z04": ("h213z04_civil_affairs_social_assistance_platform_om.txt", H213Z04),
    "h213z05": ("h213z05_braised_duck_traceability_supplier_template.md", H213Z05),
    "h213e01": ("h213e01_lacquerware_colour_matching_licence_irish_vendor.txt", H213E01),
    "h213e03": ("h213e03_lobster_farm_seawater_sensors_french_integrator.md", H213E03),
    "h213e04": ("h213e04_ai_startup_managed_it_scottish_provider.txt", H213E04),
}
SOURCES = {"h213z01": H213Z01, "h213z02": H213Z02, "h213e02": H213E02, "h213e05": H213E05}
TARGETS = {"h213z01": ("h213z01_agri_bureau_smart_farm_machinery_platform.docx", "docx"),
           "h213z02": ("h213z02_steel_pipe_ultrasonic_testing_system.pdf", "pdf"),
           "h213e02": ("h213e02_water_town_theatre_ticketing_saas_german_vendor.docx", "docx"),
           "h213e05": ("h213e05_red_date_exporter_microbiology_api_italian_vendor.pdf", "pdf")}


def file_name(key):
    return TEXTS[key][0] if key in TEXTS else TARGETS[key][0]


def source(key):
    return TEXTS[key][1] if key in TEXTS else SOURCES[key]


# ---------------------------------------------------------------------------------------------------------------
# Prices and payments: every sum asserted, every stated figure checked against the source text
# ---------------------------------------------------------------------------------------------------------------
def check_prices():
    def has(key, *figures):
        for f in figures:
            assert f"{f:,}" in source(key), (key, f)

    # z01: hardware + licence subtotal, custom development, interfaces, installation; 20/45/35
    hw = 1200 * 1380 + 400 * 960 + 300 * 1150 + 420_000
    assert hw == 2_805_000
    v = hw + 516_000 + 138_000 + 171_000
    assert v == 3_630_000
    assert [v * p // 100 for p in (20, 45, 35)] == [726_000, 1_633_500, 1_270_500] and 20 + 45 + 35 == 100
    assert hw * 8 // 100 == 224_400
    has("h213z01", 1_656_000, 384_000, 345_000, 2_805_000, 3_630_000, 726_000, 1_633_500, 1_270_500, 224_400)
    # z02: equipment + software subtotal, installation, training; 20/45/25/10; 22 % fee
    hw = 2 * 1_186_000 + 2 * 318_000 + 2 * 264_000 + 96_000 + 2 * 85_000
    assert hw == 3_802_000
    v = hw + 156_000 + 50_000
    assert v == 4_008_000
    assert [v * p // 100 for p in (20, 45, 25, 10)] == [801_600, 1_803_600, 1_002_000, 400_800]
    assert hw * 22 // 100 == 836_440
    has("h213z02", 2_372_000, 636_000, 528_000, 170_000, 3_802_000, 4_008_000, 801_600, 1_803_600, 1_002_000,
        400_800, 836_440)
    # z03: three modules x 3 years + implementation; quarterly fee
    year = 86 * 2280 + 168_000 + 72_000
    assert 86 * 2280 == 196_080 and year == 436_080 and 3 * year == 1_308_240
    assert [3 * 196_080, 3 * 168_000, 3 * 72_000] == [588_240, 504_000, 216_000]
    v = 3 * year + 186_000
    assert v == 1_494_240 and year / 4 == 109_020
    has("h213z03", 196_080, 588_240, 504_000, 216_000, 436_080, 1_308_240, 186_000, 1_494_240, 109_020)
    # z04: annual O&M; quarterly fee
    v = 2 * 168_000 + 128_000 + 86_000 + 36_000
    assert v == 586_000 and v / 4 == 146_500
    has("h213z04", 336_000, 128_000, 86_000, 36_000, 146_500)
    # z05: licence + development + deployment + training; 65/35
    v = 480_000 + 560_000 + 96_000 + 24_000
    assert v == 1_160_000 and [v * 65 // 100, v * 35 // 100] == [754_000, 406_000]
    has("h213z05", 480_000, 560_000, 96_000, 24_000, 1_160_000, 754_000, 406_000)
    # e01: licence fee + configuration + training; 20/45/35; 11 % support fee
    lic = 248_000 + 64_000
    v = lic + 118_000 + 22_000
    assert lic == 312_000 and v == 452_000
    assert [v * p // 100 for p in (20, 45, 35)] == [90_400, 203_400, 158_200]
    assert lic * 11 // 100 == 34_320
    has("h213e01", 312_000, 452_000, 90_400, 203_400, 158_200, 34_320, 118_000, 22_000)
    # e02: 36 months of three subscription lines + onboarding
    m = 6_400 + 1_850 + 1_200
    assert m == 9_450 and [36 * 6_400, 36 * 1_850, 36 * 1_200] == [230_400, 66_600, 43_200]
    v = 36 * m + 58_000
    assert 36 * m == 340_200 and v == 398_200
    has("h213e02", 230_400, 66_600, 43_200, 340_200, 58_000, 398_200)
    # e03: equipment + licence subtotal, installation, training; 10/55/35; 9.5 % maintenance
    hw = 64 * 7_850 + 16 * 6_300 + 148_000 + 56_000
    assert [64 * 7_850, 16 * 6_300] == [502_400, 100_800] and hw == 807_200
    v = hw + 72_600 + 18_200
    assert v == 898_000 and [v * p // 100 for p in (10, 55, 35)] == [89_800, 493_900, 314_300]
    assert hw * 95 // 1000 == 76_684
    has("h213e03", 502_400, 100_800, 807_200, 898_000, 89_800, 493_900, 314_300, 76_684)
    # e04: monthly charges x 24 + transition
    m = 140 * 260 + 38 * 420 + 6_800
    assert [140 * 260, 38 * 420] == [36_400, 15_960] and m == 59_160 and 24 * m == 1_419_840
    v = 24 * m + 46_000
    assert v == 1_465_840
    has("h213e04", 36_400, 15_960, 59_160, 1_419_840, 1_465_840)
    # e05: integration + 3 years; 45 % advance set off against integration + year 1; balance; years 2 and 3
    v = 126_000 + 3 * 148_000
    assert 3 * 148_000 == 444_000 and v == 570_000 and v * 45 // 100 == 256_500
    assert 126_000 + 148_000 - 256_500 == 17_500 and 256_500 + 17_500 + 2 * 148_000 == v
    has("h213e05", 126_000, 444_000, 570_000, 256_500, 17_500)

# ---------------------------------------------------------------------------------------------------------------
# Labels (set by hand from the texts; numbers as Python computes them)
# ---------------------------------------------------------------------------------------------------------------
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent",
             "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"

# key: language, category, terms (in TERM_KEYS order), extra, fee base for TCO (goods only), planned rules
LABELS = {
    "h213z01": ("zh", "hardware",
                [99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 36, 8, False, True, False,
                 "PRC", G],
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=3630000), 2805000, []),
    "h213z02": ("zh", "hardware",
                [None, 1, True, "buyer", True, True, True, 0.03, None, 20, True, True, 18, 22, False, True, False,
                 "PRC", G],
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=4008000), 3802000,
                ["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"]),
    "h213z03": ("zh", "cloud",
                [99.5, 0.25, True, "buyer", True, False, True, 1000 / 1494240 * 100, 150, None, True, None, None,
                 None, True, True, False, "PRC", S],
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1494240),
                None, ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
    "h213z04": ("zh", "services",
                [99.95, 0.5, True, "buyer", True, True, True, 0.1, 50, None, True, None, None, None, False, True,
                 True, "PRC", S],
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=586000),
                None, ["CR-LIABILITY-CAP", "CR-SUBCONTRACT"]),
    "h213z05": ("zh", "software",
                [None, 2, False, "supplier", True, False, True, 0.01, 20, 65, False, False, 6, None, False, True,
                 True, "PRC", G],
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=False,
                     acceptance_deemed_on_delivery=True, contract_value=1160000), 480000,
                ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
                 "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SUBCONTRACT", "CR-WARRANTY"]),
    "h213e01": ("en", "software",
                [None, 2, True, "buyer", True, True, True, 300 / 452000 * 100, 150, 20, True, True, 18, 11, False,
                 True, False, "Ireland", G],
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=452000), 312000, ["CR-GOVERNING-LAW"]),
    "h213e02": ("en", "cloud",
                [99.95, 0.5, False, "buyer", True, True, True, 400 / 398200 * 100, 6 / 36 * 100, None, True, None,
                 None, None, False, True, False, "Germany", S],
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=398200),
                None, ["CR-GOVERNING-LAW", "CR-LIABILITY-CAP", "CR-SLA-NO-REMEDY"]),
    "h213e03": ("en", "hardware",
                [None, 0.5, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 24, 9.5, False, True, False,
                 "PRC", G],
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=898000), 807200, []),
    "h213e04": ("en", "services",
                [None, 6, True, "buyer", False, True, True, 900 / 1465840 * 100, 150, None, True, None, None, None,
                 False, True, False, "PRC", S],
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1465840),
                None, ["CR-DATA-SECURITY", "CR-SLA-RESPONSE"]),
    "h213e05": ("en", "cloud",
                [99.95, 1, True, "supplier", True, True, True, 0.08, 125, 45, True, None, None, None, False, False,
                 False, "PRC", S],
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=570000),
                None, ["CR-IP-OWNERSHIP", "CR-PREPAYMENT", "CR-TERMINATION"]),
}
FORUM_OUTSIDE_MAINLAND = {"h213e01", "h213e02"}  # Irish courts; Munich


def tco_share(t, x, fee_base, horizon=5):
    """Policy §4: horizon from acceptance; post-warranty years = horizon - warranty (pro rata); fee base = itemised
    licence / hardware subtotal. None when the fee is not a figure."""
    if t["post_warranty_fee_pct"] is None:
        return None
    years = max(0.0, horizon - t["warranty_months"] / 12)
    fees = fee_base * t["post_warranty_fee_pct"] / 100 * years
    return fees / (x["contract_value"] + fees) * 100


def apply_policy(key, t, x, fee_base):
    """The CR rules of policy §3 with the readings in 'Where rules apply', re-applied to the label's own terms."""
    r = set()
    goods = t["contract_kind"] == G
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if x["sla_clause"] and (t["p1_response_hours"] is None or t["p1_response_hours"] > 4):
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > 15):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(t, x, fee_base)
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in ("PRC", None) or key in FORUM_OUTSIDE_MAINLAND:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


THRESHOLDS = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05,
              "liability_cap_pct": 100, "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}


def write_labels():
    for key, (lang, cat, values, extra, fee_base, planned) in LABELS.items():
        assert len(values) == len(TERM_KEYS)
        terms = dict(zip(TERM_KEYS, values))
        for k, th in THRESHOLDS.items():
            assert terms[k] is None or terms[k] != th, (key, k)
        if terms["contract_kind"] == S:
            assert "post_warranty_fee_capped" not in extra and terms["warranty_months"] is None
        share = tco_share(terms, extra, fee_base) if terms["contract_kind"] == G else None
        assert share is None or abs(share - 40) > 0.5, (key, share)
        rules = apply_policy(key, terms, extra, fee_base)
        assert rules == sorted(planned), (key, rules, planned)
        label = {"file": file_name(key), "language": lang, "category": cat, "expected_terms": terms,
                 "expected_extra": extra, "expected_rules": rules}
        path = OUT / (file_name(key).rsplit(".", 1)[0] + ".json")
        path.write_text(json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8")
        print("wrote", path.name, rules, "" if share is None else "TCO share %.2f %%" % share)


if __name__ == "__main__":
    check_prices()
    for key, (name, text) in TEXTS.items():
        (OUT / name).write_text(text, encoding="utf-8")
        print("wrote", name)
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
    write_labels()
