"""holdout204: builds the ten ORDINARY draft contracts of this blind held-out set and their .json labels.

Run with /work/main/.venv/bin/python make_files.py. The .md/.txt contracts are written from the strings below; the
.docx (real Word price table) and the .pdf (wrap_words=True) are built with ../word_pdf.py. The labels are written
from LABELS at the end of this file, after asserting every price sum and re-applying the policy's CR rules (my own
reading of policy.md section 3/4, written here; no project code is imported). Finally every file is read back
(python-docx / pypdf), its length is printed and it is scanned for values that sit exactly on a policy threshold.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------------
# Chinese contracts
# ---------------------------------------------------------------------------------------------------------------
H204Z01 = """
T:临江市残疾人服务管理平台建设项目合同
P:合同编号：LJCL-2025-HT-017
P:采购方式：公开招标（招标编号：LJZC2025-0392）
P:甲方（采购人）：临江市残疾人联合会
P:地址：临江市滨江路188号
P:乙方（供应商）：华衡信息技术有限公司
P:地址：临江市高新区科创大道66号
P:根据《中华人民共和国民法典》《中华人民共和国政府采购法》及其实施条例，依据本项目招标文件、乙方投标文件及中标通知书，甲乙双方经协商一致，订立本合同。招标文件、投标文件、中标通知书及本合同附件均为本合同的组成部分；上述文件内容不一致的，以本合同正文为准。
H:第一条 项目内容
P:1.1 乙方负责临江市残疾人服务管理平台（以下简称"平台"）的建设，包括应用软件许可、定制开发、接口开发、服务器与存储等硬件供货、安全设备供货、数据迁移治理、部署实施和培训，实现残疾人基础信息管理、残疾人证办理进度跟踪、困难残疾人生活补贴和重度残疾人护理补贴（以下简称"两项补贴"）发放管理、康复服务、辅助器具适配、就业服务、无障碍改造及数据统计分析等功能。
P:1.2 平台部署在临江市政务云，移动端以微信小程序形式提供，须符合信息无障碍要求（兼容读屏软件，提供大字体与高对比度模式，支持语音辅助录入），便于视力、听力及肢体残疾人自助办理业务。
P:1.3 平台须支持市、区县、乡镇（街道）、村（社区）四级残联及专职委员分级使用，功能及技术要求以招标文件第五章《采购需求》为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰陆拾肆万元整（¥2,640,000.00），含税，为完成本项目全部工作的固定总价，明细如下表：
TB:序号|项目|数量|金额（元）
TB:1|残疾人服务管理平台软件许可（V3.0，永久授权）|1套|680,000
TB:2|定制开发（两项补贴、康复、辅具适配、就业模块及小程序）|1项|846,000
TB:3|接口开发（省残联数据交换、民政、人社、医保、公安人口库）|1项|238,000
TB:4|国产服务器|4台|346,000
TB:5|分布式存储|1套|192,000
TB:6|安全设备（下一代防火墙、数据库审计、日志审计）|1批|164,000
TB:7|数据迁移与治理|1项|96,000
TB:8|部署实施与培训|1项|78,000
TB:|软硬件小计（第1、4、5、6项）||1,382,000
TB:|合计||2,640,000
P:2.2 上述价款包含软硬件、运输、安装、开发、测试、培训、税费以及质保期内的全部服务费用，除本合同另有约定外，甲方无须另行支付任何费用。
H:第三条 付款方式
P:3.1 合同签订并收到乙方开具的合法发票后10个工作日内，甲方支付合同总价的25%，即¥660,000，作为预付款。
P:3.2 平台初验合格后10个工作日内，甲方支付合同总价的50%，即¥1,320,000。
P:3.3 平台最终验收合格后10个工作日内，甲方支付合同总价的25%，即¥660,000。
P:3.4 乙方已按招标文件要求提交履约保证金（合同总价的5%，即¥132,000），最终验收合格后10个工作日内无息退还。
H:第四条 交付与实施
P:4.1 乙方应在合同签订后90日内完成硬件到货、平台部署及数据迁移，并提交初验申请；初验合格后平台进入三个月试运行。
P:4.2 乙方应派驻项目经理1名、实施工程师不少于3名，项目经理须具备信息系统项目管理师资格，未经甲方书面同意不得更换。
P:4.3 硬件到货时双方进行开箱清点并签署到货单。到货签收仅证明货物数量与外观，不代表质量验收。
P:4.4 乙方应对区县残联、乡镇（街道）专职委员开展操作培训不少于6场，并提供操作手册、无障碍使用指南和培训视频。
H:第五条 验收
P:5.1 初验标准：（1）招标文件所列功能逐项测试通过；（2）历史数据（约4.7万名持证残疾人信息）迁移后经全量比对无差错；（3）与省残联及民政、人社、医保、公安接口联调成功，连续10个工作日数据交换无异常；（4）在500个并发用户下，常用页面响应时间不超过2秒；（5）小程序通过第三方信息无障碍检测。
P:5.2 最终验收标准：试运行期满，期间无未解决的一级、二级故障；平台通过网络安全等级保护第三级测评和商用密码应用安全性评估；乙方已交付全部源代码、技术文档和培训记录。
P:5.3 验收由甲方组织，可邀请专家及第三方机构参加，验收合格的由双方签署验收报告。平台上线、试运行或甲方使用，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提交验收，由此产生的费用由乙方承担。
H:第六条 质量保证与维护
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、硬件原厂保修及技术支持。
P:6.2 质保期内平台月度可用率不低于99.95%（计划内维护除外，计划维护须提前3个工作日报甲方批准）。
P:6.3 故障响应：一级故障（平台整体不可用或两项补贴发放功能中断）30分钟内响应，2小时内到场，6小时内恢复；二级故障（部分功能不可用）1小时内响应，24小时内解决；三级故障（不影响业务的一般问题）3个工作日内解决。
P:6.4 乙方未达到6.2或6.3约定的，可用率每低于约定标准0.01个百分点扣减¥2,000，响应或恢复每超时1小时扣减¥1,000，从履约保证金或应付款项中扣除。
P:6.5 质保期满后，如甲方需要，乙方应提供年度维护服务，年度维护费不超过软硬件小计的8%（即每年不超过¥110,560），质保期满后三年内不上调。维护服务另行签订合同，期满不自动续期。
H:第七条 知识产权
P:7.1 乙方为本项目定制开发的软件（含源代码）、接口程序、数据库设计及全部技术文档，其知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发。
P:7.2 乙方原有平台软件的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.3 乙方保证所交付成果不侵犯第三方合法权益；发生侵权纠纷的，由乙方负责处理并承担全部责任。
H:第八条 数据安全
P:8.1 平台中的全部数据（包括残疾人个人信息、残疾类别与等级、补贴发放记录等）归甲方所有。乙方仅可为履行本合同处理数据，不得用于任何其他目的，不得留存、复制或向第三方提供。
P:8.2 乙方应遵守《网络安全法》《数据安全法》《个人信息保护法》，落实访问控制、加密存储、操作审计等安全措施；运维操作须经甲方审批并通过堡垒机进行；开发测试只能使用经甲方脱敏处理的数据。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任，并承担由此产生的行政责任。
H:第九条 保密
P:9.1 乙方对履行合同中知悉的甲方工作秘密、残疾人个人信息及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在合同终止后继续有效。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期完成初验的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过30日的，甲方有权解除合同。
P:10.2 乙方交付的产品或服务不符合合同约定的，应负责更换、整改，并赔偿甲方因此遭受的损失。
P:10.3 甲方逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
H:第十一条 分包与转包
P:11.1 本项目不允许分包。乙方不得将本合同转包，也不得将合同的主体、关键性工作交由他人完成。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后10日内仍未纠正的，甲方有权解除合同，乙方应退还甲方已付款项中未完成部分对应的金额并赔偿甲方损失。
P:12.2 因不可抗力致使合同目的不能实现的，任何一方均可解除合同。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。
P:14.2 附件：1. 采购需求及技术规格；2. 投标报价明细；3. 项目实施计划。
P:甲方（盖章）：临江市残疾人联合会    乙方（盖章）：华衡信息技术有限公司
P:签订日期：2025年  月  日
"""

H204Z02 = """江门市盛源电路板有限公司
飞针测试设备采购及维保合同

合同编号：SY-CG-2025-0611
甲方（买方）：江门市盛源电路板有限公司
地址：江门市蓬江区棠下镇工业大道9号
乙方（卖方）：深圳市精测自动化设备有限公司
地址：深圳市宝安区福永街道凤凰第三工业区B栋

甲方因高多层板及HDI板小批量打样和量产抽测需要，向乙方采购飞针测试设备，并委托乙方在质保期满后提供维保服务。双方依据《中华人民共和国民法典》，经平等协商，订立本合同，共同遵守。

一、合同标的与价格
（一）设备及服务清单（含13%增值税）：
1. 双面八针飞针测试机（型号FP-8600D，最大测试面积610mm×700mm，最小测试焊盘40μm）2台，单价¥1,680,000，小计¥3,360,000；
2. 自动上下料装置（含缓存料仓）2套，单价¥186,000，小计¥372,000；
3. CAM测试程序生成软件（网络浮动授权，永久）3个授权，单价¥58,000，小计¥174,000；
以上第1至3项合称"设备及软件"，小计¥3,906,000。
4. 备品备件包（探针200支、针座、皮带及易损件）1批，¥96,000；
5. MES测试数据对接接口开发1项，¥48,000；
6. 运输、保险、安装调试1项，¥62,000；
7. 操作及编程培训（不少于8名工程师）1项，¥24,000。
（二）合同总价为人民币肆佰壹拾叁万陆仟元整（¥4,136,000），为固定价格，包含设备、软件、包装、运输、保险、安装调试、培训、税费及质保期内的全部服务费用。

二、付款方式
（一）合同生效后7个工作日内，甲方支付合同总价的35%，即¥1,447,600，作为预付款。
（二）设备到厂、安装调试完成并经甲方签收后15个工作日内，甲方支付合同总价的45%，即¥1,861,200。签收仅确认设备到货及安装完成，不视为验收。
（三）设备最终验收合格后15个工作日内，甲方支付合同总价的20%，即¥827,200。
（四）乙方每次收款前应向甲方开具等额的增值税专用发票。

三、交货与安装
（一）交货期：合同生效后75日内，乙方将设备交付至甲方江门厂区二号厂房测试车间。
（二）乙方负责卸货、就位、安装和调试；甲方按乙方提前提供的场地要求准备380V电源、压缩空气及恒温恒湿环境。
（三）乙方应在安装完成后10日内完成MES测试数据对接接口的开发与联调。
（四）乙方应随设备提供中文操作手册、维护手册、软件授权文件、原产地证明及出厂检验报告。

四、验收
（一）验收标准：
1. 设备型号、配置、随机文件及软件授权与本合同一致；
2. 以甲方提供的10款量产板（含8层HDI板）为样本，开路、短路检测结果与标准板比对无漏测、无误判；
3. 在相同测试程序下，单台测试速度不低于合同附件技术规格书的约定值；
4. 设备连续生产运行20个工作日，期间无一级故障；
5. 测试数据按约定格式实时上传甲方MES，抽查比对无差错。
（二）验收由甲方质量部、设备部与乙方共同进行，验收合格后双方签署验收报告。设备安装、试用或投产均不视为验收合格。
（三）验收不合格的，乙方应在15日内整改或更换；再次验收仍不合格的，甲方有权退货并解除合同，乙方应退还已收款项并赔偿损失。

五、质量保证
（一）质保期为十八个月，自最终验收合格之日起计算。质保期内设备（探针等易耗件除外）及软件出现非人为故障的，乙方免费维修或更换。
（二）质保期内因设备故障停机累计超过72小时的，质保期相应顺延。
（三）乙方保证设备为全新原装正品，软件为合法授权，不存在权利瑕疵。

六、技术支持与服务水平
（一）乙方设立7×24小时服务热线，指定专属服务工程师。
（二）一级故障（设备停机，无法测试）：1小时内远程响应，8小时内工程师到场，24小时内修复或提供备用方案；二级故障（部分功能异常、测试效率明显下降）：2小时内响应，48小时内解决；三级故障（不影响生产的一般问题）：3个工作日内解决。
（三）乙方在深圳设立备件库，常用备件保证24小时内送达甲方工厂。
（四）乙方未按上述时限响应或到场的，每超时1小时向甲方支付¥500；一级故障超过48小时仍未修复的，每超出一日另向甲方支付¥3,000，甲方可从应付款项中直接扣除。

七、质保期满后的维保服务
（一）质保期满后，乙方按年度为甲方提供维保服务，内容包括每季度一次的定期保养、故障维修、探针校准、软件升级，服务水平按本合同第六条执行。
（二）年度维保费为设备及软件小计的17.5%，即每年¥683,550（含税），质保期满后三年内不变。维保费包含人工、差旅及非易耗件更换费用。
（三）维保服务按年度签订，期满不自动续期。

八、知识产权
（一）乙方为甲方开发的MES测试数据对接接口程序（含源代码）及相关文档，知识产权归甲方所有，甲方可自行修改或委托第三方维护。
（二）设备嵌入式软件及CAM软件的知识产权归原权利人所有，甲方取得永久使用许可。
（三）乙方保证甲方使用设备和软件不侵犯任何第三方的知识产权，否则由乙方承担全部责任。

九、数据与信息安全
（一）甲方的产品设计资料（包括甲方客户提供的Gerber文件、钻孔文件、网表）、测试程序和测试数据均归甲方所有。乙方仅可为安装调试和维保目的使用，不得复制、留存或用于其他任何用途。
（二）乙方远程诊断须经甲方逐次审批，通过甲方指定的远程通道进行并全程记录；乙方工程师不得使用移动存储介质从设备或甲方网络拷贝文件，维修更换的硬盘由甲方留存。
（三）发生数据泄露的，乙方应在2小时内通知甲方并配合处置；因乙方原因导致的，乙方赔偿甲方全部损失，包括甲方因此向其客户承担的赔偿。

十、保密
双方对在合同履行中获知的对方技术资料、商业信息及甲方客户信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后五年内继续有效。

十一、违约责任
（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的0.08%向甲方支付违约金；逾期超过30日的，甲方有权解除合同。
（二）设备质量不符合约定的，乙方应负责更换并赔偿甲方由此造成的损失。
（三）甲方逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。

十二、分包
乙方不得转包本合同。设备运输、吊装就位等工作需委托第三方完成的，应事先取得甲方书面同意，乙方对第三方的行为承担全部责任。

十三、合同解除
乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。

十四、争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方应协商解决；协商不成的，由甲方所在地人民法院管辖。

十五、其他
（一）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
（二）附件：1. 技术规格书；2. 设备配置清单；3. 场地要求。

甲方（盖章）：江门市盛源电路板有限公司
授权代表：
乙方（盖章）：深圳市精测自动化设备有限公司
授权代表：
日期：2025年  月  日
"""

H204Z03 = """# 租车调度与会员管理SaaS服务合同

**合同编号：** TC-IT-2025-031

**甲方（客户）：** 途骋汽车租赁连锁有限公司（住所：成都市武侯区天府大道北段1700号）

**乙方（服务商）：** 云驿软件科技（杭州）有限公司（住所：杭州市余杭区文一西路998号）

甲方在全国经营120家租车门店，车辆约6,000辆。甲方订购乙方"云驿租车云"SaaS服务，用于车辆调度、门店运营、会员管理和营销，并委托乙方完成实施上线。双方根据《中华人民共和国民法典》，经协商一致，签订本合同。

## 1. 服务内容与期限

1.1 乙方向甲方提供以下SaaS服务：车辆调度（跨店调车、整备、保养与违章提醒）、门店运营（预订、取还车、验车拍照、电子合同）、会员与营销（会员等级、积分、优惠券、企业客户账户）以及经营报表。

1.2 服务期为三年，自上线验收合格之日起算。

1.3 乙方负责实施，包括：历史订单及会员数据迁移；与甲方支付通道、电子合同平台、车联网GPS平台、违章查询接口的对接；门店培训。

1.4 服务期内，乙方应免费向甲方提供平台的版本升级和新增标准功能，并保证升级不影响甲方已上线的定制报表和接口；重大版本升级应提前15日通知甲方，并在非营业高峰时段进行。

## 2. 费用

2.1 本合同费用如下：

| 项目 | 计费方式 | 年费（元） | 三年合计（元） |
|---|---|---|---|
| 门店运营模块 | 120家门店 × ¥1,800/店/年 | 216,000 | 648,000 |
| 车辆调度模块 | 6,000辆 × ¥42/辆/年 | 252,000 | 756,000 |
| 会员与营销模块 | 固定年费 | 96,000 | 288,000 |
| 订阅费小计 | | 564,000 | 1,692,000 |
| 实施费（数据迁移¥86,000、接口对接¥112,000、门店培训¥40,000） | 一次性 | | 238,000 |
| **合同总价** | | | **1,930,000** |

2.2 服务期内甲方门店或车辆数量增加的，新增部分按上表单价按月折算计费；减少的，自下一季度起按实际数量计费。

## 3. 付款

3.1 本合同不设预付款。

3.2 订阅费按季度结算，每季度¥141,000，甲方于每个服务季度结束后15个工作日内支付。

3.3 实施费¥238,000在上线验收合格后15个工作日内一次性支付。

## 4. 实施与上线验收

4.1 乙方应在合同签订后60日内完成全部实施工作并申请上线验收。

4.2 上线验收标准：（1）历史订单与会员数据迁移后抽样核对无差错，会员积分余额逐户一致；（2）四类接口联调通过；（3）10家试点门店连续运行14天无一级故障；（4）高峰期（节假日前一日）模拟3,000单/小时下单，页面响应不超过2秒。

4.3 验收合格后双方签署上线验收单。试点门店的试运行或甲方的使用不视为验收合格。

4.4 乙方应指派具有租车行业实施经验的项目经理，负责制定实施计划、组织门店培训，并每周向甲方提交实施进度报告。实施期间乙方人员进入甲方门店的，应遵守甲方的门店管理制度。

## 5. 服务水平

5.1 乙方承诺平台月度可用率不低于99.5%（计划内维护除外，计划维护应安排在凌晨2:00—5:00并提前3日通知甲方）。

5.2 故障分级与响应：一级故障（全网无法下单或无法办理取还车）15分钟内响应，2小时内恢复；二级故障（单一模块或部分门店不可用）30分钟内响应，8小时内恢复；三级故障2个工作日内解决。

5.3 服务抵扣：月度可用率低于99.5%但不低于99.0%的，抵扣当月订阅费的5%；低于99.0%的，抵扣当月订阅费的10%。一级故障超过2小时未恢复的，每超出1小时另抵扣¥2,000。抵扣金额从下一季度订阅费中扣除。

5.4 乙方应在每月5日前向甲方提交上月服务报告，内容包括可用率、故障清单、处理时长及改进措施。乙方提供7×24小时服务热线和在线工单，节假日高峰期间另安排专人值守。

## 6. 知识产权

6.1 "云驿租车云"平台及其标准功能的知识产权归乙方所有，甲方在服务期内享有使用权。

6.2 乙方为甲方定制的报表、接口程序、数据迁移脚本及相关文档，知识产权归甲方所有，甲方可自行使用、修改或交由第三方使用。

## 7. 数据

7.1 甲方在平台中产生和上传的数据，包括会员信息、订单、车辆轨迹、验车照片和财务数据（"甲方数据"），归甲方所有。

7.2 乙方应将甲方数据存储在中国境内，按网络安全等级保护第三级要求进行防护，采取加密存储、访问控制、操作日志审计等措施；乙方人员访问甲方数据须经授权并留痕。

7.3 发生数据泄露或丢失的，乙方应在24小时内书面通知甲方，采取补救措施，并承担因其原因造成的损失。

7.4 甲方同意，乙方可在对甲方数据进行去标识化处理后，将平台运行数据用于行业分析报告、产品改进和算法模型训练，该等使用在本合同终止后仍可继续。

7.5 合同终止后30日内，乙方应按甲方要求以通用格式导出并移交全部甲方数据，并在甲方确认后删除。

## 8. 保密

双方对在合作中获知的对方商业秘密、技术资料和客户信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内继续有效。

## 9. 违约责任

9.1 因乙方原因未能在第4.1条约定期限内通过上线验收的，每逾期一日，乙方按合同总价的万分之六向甲方支付违约金。

9.2 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。

9.3 任何一方的累计赔偿责任以本合同总价的150%为限，但因故意、重大过失、违反第7条或第8条造成的损失除外。

## 10. 分包

乙方使用的云基础设施服务商为阿里云计算有限公司（华东2区），双方签署本合同即视为同意。除此之外，乙方将本合同项下任何工作交由第三方完成的，须事先取得甲方书面同意。

## 11. 续期

11.1 服务期满前60日，任何一方未书面提出不续期的，本合同自动续期一年，此后亦同。

11.2 每次续期时，乙方有权根据其届时的价格体系调整订阅费单价，上调幅度不超过上一期单价的8%，乙方应在续期前30日通知甲方。

## 12. 合同解除

12.1 一方严重违约，经对方书面通知后15日内未纠正的，守约方有权解除本合同。

12.2 连续两个月可用率低于99.0%的，甲方有权解除本合同，无须承担任何违约责任。

## 13. 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，提交杭州仲裁委员会按其仲裁规则仲裁，仲裁裁决是终局的。

## 14. 其他

本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件一：服务功能清单；附件二：实施计划；附件三：数据迁移范围。

甲方（盖章）：途骋汽车租赁连锁有限公司　　　乙方（盖章）：云驿软件科技（杭州）有限公司

日期：2025年　月　日
"""

H204Z04 = """
T:青岚县基层医疗卫生信息平台运维服务合同
P:项目编号：QLXCG-2025-DY-004
P:采购方式：单一来源采购（平台原开发商，已经县财政局批准）
P:甲方（采购人）：青岚县卫生健康局
P:乙方（供应商）：卫联信息技术股份有限公司
P:服务期：2025年7月1日至2026年6月30日
P:甲乙双方根据《中华人民共和国民法典》《中华人民共和国政府采购法》及单一来源采购协商结果，就青岚县基层医疗卫生信息平台运维服务事宜，订立本合同。
H:第一条 服务范围
P:（一）运维对象：青岚县基层医疗卫生信息平台，包括县级数据中心平台、基层医疗机构信息系统（覆盖18家乡镇卫生院）、基本公共卫生服务系统、家庭医生签约服务系统、慢病管理系统、村医工作站（覆盖236个村卫生室），以及与县人民医院检验、影像系统和省全民健康信息平台的接口。
P:（二）服务内容：驻场运维（乙方派2名工程师常驻县卫健局信息中心）；远程技术支持；每月一次系统巡检并提交巡检报告；政策性升级改造（包括国家基本公共卫生服务规范调整、医保接口变更等引起的程序修改）；数据治理及向国家、省平台的数据上报质控；对乡镇卫生院和村医的操作培训。
P:（三）乙方驻场工程师应熟悉基层医疗卫生业务，具备数据库和网络运维能力，服务期内原则上不得更换；确需更换的，须提前15日书面报甲方同意，且接替人员能力不低于原人员。
H:第二条 合同金额
P:（一）本合同总金额为人民币陆拾陆万贰仟元整（¥662,000），包括：驻场运维服务¥312,000；远程技术支持及月度巡检¥96,000；政策性升级改造¥148,000；数据治理与上报质控¥84,000；培训¥22,000。
P:（二）上述金额为服务期内的固定总价，包含人工、差旅、工具及税费。
P:（三）运维过程中需要更换的服务器、网络设备等硬件及第三方软件许可，由甲方另行采购；乙方应提前提出更换建议和技术参数，并负责安装、调试和数据迁移，不另收费。
H:第三条 付款方式
P:（一）本合同不设预付款。
P:（二）服务费按季度平均支付，每季度¥165,500。甲方在每季度考核完成后15个工作日内，根据考核结果扣减相应款项后支付。
P:（三）乙方应在每次付款前开具合法发票。
H:第四条 服务水平
P:（一）平台月度可用率不低于99.95%（经甲方同意的计划内维护除外）。
P:（二）故障分级与时限：一级故障（县级平台或任一乡镇卫生院信息系统整体中断）15分钟内响应，1小时内到场，3小时内恢复；二级故障（部分功能或个别村卫生室终端不可用）30分钟内响应，8小时内解决；三级故障（一般咨询和使用问题）1个工作日内解决。
P:（三）乙方应建立7×24小时值班制度，并在每月5日前提交上月运维报告。
P:（四）在流感高发期、基本公共卫生服务年度考核、家庭医生签约集中期等重点时段，乙方应增派技术人员现场保障，相关费用已包含在合同金额内。
P:（五）乙方每月巡检应覆盖服务器、数据库、网络设备、备份情况及安全日志，发现隐患的应提出整改建议，经甲方同意后实施。
H:第五条 考核与扣款
P:（一）甲方按季度对乙方进行考核，考核内容包括故障处理时效、巡检、升级改造完成情况、数据上报质量及用户满意度。
P:（二）响应、到场或恢复每超时1小时，扣款¥800；月度可用率每低于约定标准0.01个百分点，扣款¥1,000；季度考核得分低于80分的，另扣当季服务费的5%。
P:（三）扣款在当季服务费中直接扣除。
H:第六条 升级改造与数据上报
P:（一）上级部门发布政策调整或接口变更通知的，乙方应在甲方书面通知之日起30日内完成相应升级改造，经甲方测试确认后上线。
P:（二）乙方应协助甲方在每月10日前完成向省全民健康信息平台的数据上报，并对被退回的数据在5个工作日内完成整改。
H:第七条 验收
P:（一）季度考核即为季度验收，考核结果作为付款依据。
P:（二）服务期满后，甲方组织年度验收，标准为：全年各月可用率达到第四条约定；月度巡检报告齐全；全部升级改造项目经测试通过并上线；国家、省平台的数据质控无退回未处理项；运维文档、账号权限清单移交完整。年度验收合格后双方签署验收报告。
P:（三）升级改造项目上线前，乙方应提交测试报告和上线方案，经甲方组织测试确认后方可上线；上线后发现问题的，乙方应立即回退或修复。
H:第八条 数据安全
P:（一）平台中的居民健康档案、诊疗记录、签约记录等全部数据归甲方所有。乙方仅为履行运维义务访问数据，不得以任何方式复制、留存、分析或向第三方提供。
P:（二）乙方应遵守网络安全等级保护第三级的管理要求：运维账号实名分配并经甲方审批，所有操作通过甲方堡垒机进行并留存日志；严禁将数据导出至甲方网络以外；测试须使用脱敏数据。
P:（三）发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部法律责任和赔偿责任。
P:（四）合同终止或期满时，乙方应在10个工作日内移交全部运维文档、系统账号和密码，注销乙方人员的全部运维账号，并书面确认未留存任何数据。
H:第九条 保密
P:乙方及其人员对在服务中知悉的居民个人健康信息、甲方工作秘密及其他非公开信息负有保密义务，不得向任何第三方披露。本条在合同终止后继续有效。
H:第十条 知识产权
P:（一）服务期内乙方为甲方定制开发的升级程序、接口程序、数据治理脚本及相关文档，知识产权归甲方所有，甲方有权自行或委托第三方使用和修改。
P:（二）平台原有软件的知识产权仍归乙方所有，甲方继续享有永久使用权。
H:第十一条 违约责任
P:（一）乙方未在第六条约定期限内完成升级改造或数据上报整改的，每逾期一日，按合同总金额的万分之二向甲方支付违约金。
P:（二）乙方驻场人员未经甲方同意缺岗的，每人每日扣款¥600。
P:（三）因乙方原因造成甲方损失的，乙方应予赔偿。
P:（四）因乙方原因导致平台故障，造成乡镇卫生院无法正常开展诊疗或医保结算的，乙方除按第五条扣款外，还应协助甲方做好解释工作并承担相应责任。
H:第十二条 分包
P:村卫生室终端的现场维护，乙方可委托各乡镇本地的信息技术服务商完成，但应在委托前5个工作日书面告知甲方，并对受托方的服务质量和数据安全承担责任。
H:第十三条 合同解除
P:（一）乙方严重违约，或连续两个季度考核得分低于70分的，甲方有权书面通知解除合同。
P:（二）合同解除的，甲方按实际服务期间和考核结果结算服务费。
P:（三）合同解除或期满后，为保证平台连续运行，乙方应配合甲方或新的服务商完成交接，交接期不超过30日，交接期间乙方不得中断服务。
H:第十四条 合同期限与续签
P:本合同服务期满即行终止，不自动续期。甲方如需继续采购运维服务，应依法重新履行政府采购程序。
H:第十五条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向青岚县人民法院提起诉讼。
H:第十六条 其他
P:本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。单一来源采购协商记录及乙方服务方案为本合同附件。
P:甲方（盖章）：青岚县卫生健康局
P:乙方（盖章）：卫联信息技术股份有限公司
P:签订日期：2025年6月  日
"""

H204Z05 = """# 仓链WMS软件许可及实施合同

（仓链标准合同文本 V4.0）

合同编号：CL-WMS-2025-0218

甲方：富平县柿乡红食品有限公司

地址：陕西省渭南市富平县庄里镇工业园3号

乙方：西安仓链软件科技有限公司

地址：西安市雁塔区科技二路72号

鉴于甲方为柿饼生产及销售企业，拥有原料库、晾晒车间、霜化冷库及成品仓共5个库区，需要建设仓储管理系统；乙方为仓链WMS软件的著作权人。双方经友好协商，就软件许可及定制实施事宜达成如下条款。

## 第1条 定义

1.1 "标准软件"：乙方享有著作权的仓链WMS软件标准版V6及其PDA端程序。

1.2 "定制开发"：乙方根据甲方需求在标准软件基础上开发的功能模块、接口程序及配置。

1.3 "上线"：乙方完成系统部署、基础数据导入，并通知甲方系统可以投入使用。

## 第2条 许可内容

2.1 乙方授予甲方标准软件的永久、非独占、不可转让的使用许可，许可范围为5个库区、60个并发用户及30台PDA终端，仅限甲方内部使用。

2.2 甲方不得对标准软件进行反向工程、反编译或修改，不得将软件提供给关联公司或第三方使用。

2.3 甲方增加库区、并发用户或PDA终端的，应另行向乙方购买许可，价格按乙方届时报价确定。

## 第3条 定制开发内容

3.1 柿饼生产批次追溯：从原料柿采收批次，经削皮、晾晒、捏饼、霜化、分级到包装的全流程批次记录与扫码追溯。

3.2 霜化分级管理：按霜化程度、单果重量和外观等级进行分级入库和库位管理。

3.3 冷库温湿度对接：采集霜化冷库和成品库的温湿度数据，超限时在系统内预警。

3.4 电商订单接口：对接天猫、京东、抖音店铺订单，实现自动生成出库单、打印面单和回传物流单号。

## 第4条 价格与付款

4.1 合同总价为人民币柒拾玖万捌仟元整（¥798,000），明细如下：

| 序号 | 项目 | 数量 | 金额（元） |
|---|---|---|---|
| 1 | 仓链WMS标准软件许可（5库区/60用户） | 1套 | 360,000 |
| 2 | PDA端软件许可 | 30个 | 78,000 |
| 3 | 定制开发（第3条所列内容） | 1项 | 286,000 |
| 4 | 实施部署 | 1项 | 58,000 |
| 5 | 培训 | 1项 | 16,000 |
| | 合计 | | 798,000 |

4.2 付款方式：

（1）本合同签订之日起5个工作日内，甲方支付合同总价的65%，即¥518,700；

（2）系统上线后7个工作日内，甲方支付合同总价的35%，即¥279,300。

4.3 乙方在收到款项后开具增值税普通发票。甲方未按期付款的，乙方有权暂停实施工作，工期相应顺延。

## 第5条 交付与上线

5.1 乙方在收到首付款后70日内完成标准软件部署和定制开发，并安排上线。

5.2 甲方应按乙方要求提供服务器、网络环境、基础数据和业务人员配合。因甲方原因导致延误的，工期顺延。

5.3 系统上线运行即视为甲方验收合格。上线后甲方提出的需求变更，另行收费。

5.4 系统运行所需的服务器、数据库软件、PDA硬件、条码打印机及网络设备由甲方自行采购，不包含在本合同价款内。乙方可向甲方推荐设备型号，但不对设备质量负责。

## 第6条 免费维护

6.1 乙方自系统上线之日起提供三个月免费维护，内容包括软件缺陷修复和远程技术支持。

6.2 因甲方操作不当、擅自修改配置、服务器或网络故障引起的问题，不属于免费维护范围。

6.3 免费维护期内，乙方每月可提供不超过2人日的现场支持；超出部分及现场差旅费用，按乙方人天单价另行结算。

## 第7条 技术支持

7.1 乙方通过电话、微信和远程方式提供技术支持，服务时间为工作日9:00—18:00。

7.2 一级故障（系统无法登录或无法出入库）：乙方在接到甲方通知后24小时内响应；二级故障：3个工作日内响应；其他问题在下一个版本中处理。

7.3 乙方将尽力排除故障，但不对故障排除时间作出承诺，亦不承担因系统故障或停机造成的任何扣款、赔偿或其他责任。

## 第8条 维护服务

8.1 免费维护期满后，甲方如需继续获得技术支持和版本升级，应与乙方签订年度维护服务协议。

8.2 年度维护费按乙方当年公布的维护服务价格标准收取。

8.3 甲方未签订年度维护服务协议的，乙方不再提供任何技术支持和版本升级；甲方此后再要求恢复维护服务的，应补缴中断期间的维护费。

## 第9条 知识产权

9.1 标准软件的著作权及其他知识产权归乙方所有。

9.2 定制开发成果（包括源代码、程序、配置、数据库设计及文档）的知识产权归乙方所有。乙方授予甲方在本合同许可范围内的非独占使用权，甲方不得修改或交由第三方维护。

9.3 乙方有权将定制开发成果用于其他客户或纳入标准软件后续版本。

## 第10条 数据

10.1 甲方在系统中录入和产生的业务数据归甲方所有。

10.2 乙方对其在实施和维护中可接触的甲方数据采取合理的安全保护措施，包括权限控制、传输加密和定期备份；发现数据泄露的，应在72小时内通知甲方；因乙方过错导致数据泄露的，乙方在第12.3条约定的限额内承担赔偿责任。

10.3 甲方同意，乙方可在去除甲方名称等识别信息后，将系统运行数据用于行业数据分析、产品优化以及对外发布的行业研究报告。

10.4 合同终止后，甲方需要乙方协助导出数据的，乙方按实际工作量另行收费。

## 第11条 保密

双方对在合作过程中知悉的对方商业秘密和技术信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后两年内有效。

## 第12条 违约责任

12.1 因乙方原因未能按第5.1条约定上线的，每逾期一日，乙方按合同总价的万分之一向甲方支付违约金，违约金总额不超过合同总价的3%。

12.2 甲方逾期付款的，每逾期一日，按逾期金额的千分之一向乙方支付违约金。

12.3 乙方在本合同项下的累计赔偿责任（含违约金）不超过合同总价的20%，且乙方不承担任何间接损失、利润损失或数据恢复费用。

## 第13条 合同解除

一方严重违约，经对方书面催告后15日内仍未纠正的，守约方有权解除本合同。

## 第14条 争议解决

因本合同引起的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第15条 其他

15.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

15.2 附件一《定制开发需求说明书》为本合同的组成部分。

甲方（盖章）：富平县柿乡红食品有限公司

乙方（盖章）：西安仓链软件科技有限公司

签订日期：2025年　月　日
"""


# ---------------------------------------------------------------------------------------------------------------
# English contracts
# ---------------------------------------------------------------------------------------------------------------
H204E01 = """SOFTWARE LICENCE AND SERVICES AGREEMENT

Agreement No. EV-2025-CN-014

THIS AGREEMENT is made on the ___ day of ____________ 2025

BETWEEN:

(1) ERNECRAFT VISUALISATION LIMITED, having its registered office at The Old Boathouse, Inishmacsaint, Lower Lough Erne (hereinafter the "Licensor"); and

(2) YIWU XINGCAI FESTIVE CRAFTS CO., LTD. (义乌星彩节日工艺品有限公司), a company established in the People's Republic of China, having its registered office at No. 58 Chouzhou North Road, Yiwu, Zhejiang Province (hereinafter the "Licensee").

RECITALS

(A) The Licensee manufactures and exports Christmas ornaments to importers and retail chains who order customised colours, finishes and logos.

(B) The Licensor has developed ConfigStudio 3D, a three-dimensional product-configurator software that allows buyers to configure products online and receive a rendered image and a price quotation.

(C) The Licensee wishes to acquire a perpetual licence of ConfigStudio 3D together with configuration, integration, training and support services, and the Licensor has agreed to provide them on the terms of this Agreement. At the Licensee's request all prices are stated and payable in Chinese Renminbi (CNY).

IT IS HEREBY AGREED as follows:

1. DEFINITIONS AND INTERPRETATION

1.1 In this Agreement: "Acceptance" means the signing of the Acceptance Certificate under Clause 6; "Configuration Deliverables" means the ornament templates, material and finish library, decoration and logo-placement rules, pricing rules and other configuration work produced under Schedule 1; "Documentation" means the Licensor's user and administrator manuals; "Go-Live" means the first use of the configured Software by the Licensee's customers on the Licensee's B2B portal; "Software" means ConfigStudio 3D Enterprise, version 5, in object code, with its updates supplied under this Agreement.

2. LICENCE

2.1 The Licensor grants to the Licensee a perpetual, non-exclusive, non-transferable licence to install and use the Software on servers controlled by the Licensee, for one production and one test environment, for up to 25 named designer users and an unlimited number of external users of the web configurator embedded in the Licensee's B2B portal.

2.2 The Licensee may make one back-up copy of the Software.

3. SERVICES

3.1 The Licensor shall perform the configuration services described in Schedule 1, being the set-up of parametric templates for approximately 1,200 ornament SKUs, a material and finish library (glass, glitter, frosted, metallic, hand-painted), logo-imprinting and packaging rules, and the price-quotation logic.

3.2 The Licensor shall integrate the Software with the Licensee's Kingdee ERP (items, prices, stock and sales orders) and with the Licensee's B2B quotation portal.

3.3 The Licensor shall train the Licensee's designers, sales staff and system administrators in Yiwu, in Chinese with an interpreter where needed.

3.4 The Licensor shall achieve Go-Live within 110 days after the date of this Agreement, in accordance with the project plan in Schedule 1.

4. FEES

4.1 The total Contract Price is CNY 1,260,000, inclusive of applicable taxes, made up as follows:

    Item                                                      CNY
    Perpetual licence, ConfigStudio 3D Enterprise (Licence Fee)  720,000
    Configuration services (Schedule 1)                         386,000
    ERP and portal integration                                  128,000
    Training                                                     26,000
    Total Contract Price                                      1,260,000

4.2 The Contract Price shall be paid as follows:
(a) 20% (CNY 252,000) within 15 days after signature of this Agreement, against the Licensor's invoice;
(b) 45% (CNY 567,000) within 15 days after Go-Live;
(c) 35% (CNY 441,000) within 15 days after Acceptance.

5. DELIVERY AND DELAY

5.1 The Licensor shall deliver the Software and licence keys electronically within 10 days after the date of this Agreement.

5.2 If Go-Live is delayed beyond the date in Clause 3.4 for reasons attributable to the Licensor, the Licensor shall pay to the Licensee liquidated damages of 0.6% of the Contract Price for each week of delay, provided that such liquidated damages shall not exceed 10% of the Contract Price in aggregate.

6. ACCEPTANCE

6.1 Within 30 days after Go-Live the parties shall carry out the acceptance tests set out in Schedule 2, which shall verify that:
(a) all ornament templates listed in Schedule 1 are loaded and can be configured with every permitted material, finish and logo option;
(b) a configured ornament is rendered in no more than 3 seconds on the Licensee's reference hardware;
(c) quotations for a sample of 200 configured SKUs match the prices and minimum order quantities held in the ERP;
(d) sales orders created in the configurator are transferred to the ERP without manual re-entry; and
(e) 20 designer users and 300 portal users can work concurrently without errors.

6.2 When the tests are passed the Licensee shall sign an Acceptance Certificate. Delivery, installation, Go-Live or use of the Software by the Licensee or its customers shall not of itself constitute Acceptance.

6.3 If any test fails, the Licensor shall correct the defect at its own cost within 15 days and the failed tests shall be repeated.

7. WARRANTY

7.1 The Licensor warrants that for a period of ninety (90) days from Acceptance (the "Warranty Period") the Software and the Configuration Deliverables will perform materially in accordance with the Documentation and Schedule 1. The Licensor shall correct, free of charge, any defect notified during the Warranty Period.

7.2 All other warranties and conditions, whether express or implied, are excluded to the fullest extent permitted by law.

8. SUPPORT AND MAINTENANCE

8.1 After the Warranty Period the Licensor shall provide support and maintenance (the "Support Services"), consisting of updates and new versions of the Software, help-desk support and defect correction, for an annual fee equal to 14% of the Licence Fee, namely CNY 100,800 per year.

8.2 The annual fee shall remain fixed for the first three years of Support Services. Thereafter it may be increased once a year by not more than 3% of the previous year's fee, on 60 days' written notice.

8.3 Support Services are ordered by the Licensee each year by purchase order. They do not renew automatically.

8.4 During the Warranty Period and any period of Support Services, the Licensor shall meet the following service levels:
(a) Severity 1 (configurator unavailable to customers or quotations wrong): response within 2 hours at any time, with a workaround within 8 hours;
(b) Severity 2 (a major function impaired): response within 8 business hours;
(c) Severity 3 (minor issues and questions): response within 2 business days.

8.5 For each Severity 1 response or workaround that is late, the Licensor shall credit CNY 2,000 for each hour of delay against the next invoice or, if no invoice is due, pay that amount to the Licensee.

9. INTELLECTUAL PROPERTY

9.1 All Intellectual Property Rights in the Software and the Documentation are and shall remain the property of the Licensor or its licensors.

9.2 All Intellectual Property Rights in the Configuration Deliverables, including the parametric ornament templates, the material and finish library and the configuration and pricing rules, shall vest in and remain with the Licensor. The Licensee is granted a non-exclusive licence to use the Configuration Deliverables with the Software for its own business for so long as its licence of the Software continues.

9.3 The Licensee's product photographs, artwork and its customers' logos supplied to the Licensor remain the property of the Licensee or its customers.

9.4 The Licensor shall indemnify the Licensee against any claim that the Software infringes the intellectual property rights of a third party.

10. DATA PROTECTION AND SECURITY

10.1 All data entered into or generated by the Software, including product data, prices, customer orders and customer artwork ("Licensee Data"), belongs to the Licensee. The Licensor shall process Licensee Data only to perform this Agreement and shall not use it for any other purpose.

10.2 The Software is installed on the Licensee's own servers in the Licensee's Alibaba Cloud account in Hangzhou. The Licensor shall access those servers only remotely, through the Licensee's VPN, with a personal account enabled by the Licensee for each support session, and all sessions shall be logged. The Licensor shall not copy Licensee Data outside the Licensee's systems.

10.3 The Licensor shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China and shall implement appropriate technical and organisational security measures.

10.4 The Licensor shall notify the Licensee within 24 hours after becoming aware of any security incident affecting Licensee Data, shall co-operate in its remediation and shall be liable for all losses caused by an incident for which it is responsible.

11. CONFIDENTIALITY

11.1 Each party shall keep confidential all information of the other party that is marked confidential or by its nature is confidential, including designs, prices and customer lists, and shall not disclose it to any third party without the other party's prior written consent. This obligation survives termination for five years.

12. LIMITATION OF LIABILITY

12.1 Neither party shall be liable for any indirect or consequential loss or for loss of profits.

12.2 The Licensor's total aggregate liability arising under or in connection with this Agreement, whether in contract, tort (including negligence) or otherwise, shall not exceed an amount equal to the Licence Fee.

13. SUBCONTRACTING

The Licensor shall not subcontract any of its obligations without the Licensee's prior written consent and shall remain responsible for the acts of any approved subcontractor.

14. TERM AND TERMINATION

14.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice requiring it to do so.

15. GOVERNING LAW AND DISPUTES

15.1 At the Licensee's request this Agreement is governed by the laws of the People's Republic of China.

15.2 Any dispute arising out of or in connection with this Agreement shall be referred to the Shanghai International Arbitration Centre for arbitration in Shanghai in accordance with its rules. The award shall be final and binding.

16. GENERAL

16.1 This Agreement, with its Schedules, is the entire agreement between the parties on its subject matter. It is signed in English and Chinese; both versions have equal force.

SCHEDULE 1 - Configuration scope and project plan (templates, libraries, rules, integration points, milestones).
SCHEDULE 2 - Acceptance test plan.

SIGNED for and on behalf of ERNECRAFT VISUALISATION LIMITED: ____________________

SIGNED for and on behalf of YIWU XINGCAI FESTIVE CRAFTS CO., LTD.: ____________________
"""

H204E02 = """# ORDER FORM

**Order Form No.:** HT-OF-2025-0907

**Supplier:** Haringvliet Ticketing B.V., a private limited company with its registered office on the Slijkplaat, Haringvliet, the Netherlands, registered with the Dutch Chamber of Commerce under number 70418852 ("Supplier")

**Customer:** Harbin Bingcheng Festival Ticketing Co., Ltd. (哈尔滨冰城节庆票务有限公司), Songbei District, Harbin, Heilongjiang Province, People's Republic of China ("Customer")

This Order Form and the Supplier's General Terms printed below together form the agreement between the parties (the "Agreement").

## 1. Services ordered

| Service | Scope | Monthly fee (CNY) | Months | Total (CNY) |
|---|---|---|---|---|
| Ticketing Platform | online sales (WeChat mini-program, website), 14 box-office windows, group and timed-entry tickets, real-name ID check | 38,500 | 24 | 924,000 |
| Access Control Module | 36 turnstile lanes and 40 handheld scanners at the festival gates | 9,600 | 24 | 230,400 |
| Onboarding and Integration | WeChat Pay, Alipay and UnionPay; Trip.com and Meituan channel feeds; ID-verification service; set-up of products and price calendar | one-time | | 186,000 |
| **Total Fees** | | | | **1,340,400** |

At the Customer's request all fees are stated and payable in Chinese Renminbi (CNY). The fees include all taxes.

## 2. Key dates and terms

- **Subscription Term:** 24 months from the Service Start Date.
- **Service Start Date:** 1 November 2025, or the date of Acceptance if later.
- **Go-Live Date:** 5 December 2025, so that sales for the festival season can open in time.
- **Invoicing:** Subscription fees monthly in arrears; the Onboarding and Integration fee upon Acceptance. No advance payment is due.
- **Hosting:** Alibaba Cloud, Beijing region (approved hosting provider, see Article 11).
- **Renewal:** see Article 12.2.

Signed for Supplier: ____________________   Signed for Customer: ____________________

Date: ____________________

---

# GENERAL TERMS

## Article 1 Definitions

1.1 In these General Terms: "Acceptance" means the Customer's written confirmation under Article 4; "Customer Data" means all data entered into or generated by the Services for the Customer, including visitor names, identity-card numbers, mobile numbers, ticket orders, payment records and gate scans; "Incident" means an interruption or degradation of the Services; "Services" means the services ordered in the Order Form.

1.2 Where the Order Form and these General Terms deal with the same matter, they are to be read together; nothing in the Order Form limits the Customer's rights under these General Terms.

## Article 2 Provision of the Services

2.1 The Supplier shall make the Services available to the Customer during the Subscription Term in accordance with the Agreement and its documentation.

2.2 The Supplier shall keep the Services compatible with the payment channels and sales channels listed in the Order Form and shall adapt the integrations at its own cost when those channels change their interfaces.

2.3 The Supplier shall provide a 24/7 service desk reachable by telephone and by ticket, with Mandarin-speaking staff.

## Article 3 Onboarding

3.1 The Supplier shall complete onboarding and integration so that the Services can go live on the Go-Live Date.

3.2 If the Services have not passed Acceptance by the Go-Live Date for reasons attributable to the Supplier, the Supplier shall pay the Customer a penalty of CNY 1,500 for each calendar day of delay. The Customer may set this amount off against invoices.

3.3 The Customer shall provide timely access to its payment accounts, channel contracts and staff needed for onboarding.

## Article 4 Acceptance

4.1 Before the Go-Live Date the parties shall jointly run the acceptance tests agreed in the onboarding plan, covering at least: (a) an end-to-end purchase, refund and exchange through every sales and payment channel; (b) correct real-name verification of identity cards and passports; (c) the gates admitting 3,000 scans per minute across all lanes without errors; (d) reconciliation of one full test day of sales with the payment providers' settlement files; and (e) the box-office functions, including offline sales during a simulated network failure.

4.2 When all tests have been passed the Customer shall confirm Acceptance in writing. Going live or using the Services in production does not in itself constitute Acceptance.

## Article 5 Service Levels

5.1 The Supplier shall ensure that the Services are available at least 99.95% of the time in each calendar month, measured at the Supplier's internet gateway, excluding maintenance windows agreed in advance with the Customer. No maintenance shall be scheduled between 15 December and 28 February.

5.2 Incidents are handled as follows:

| Priority | Description | Response | Restoration |
|---|---|---|---|
| P1 | online sales, box office or gates unavailable | 15 minutes | 2 hours |
| P2 | a function or channel unavailable | 30 minutes | 8 hours |
| P3 | minor fault or question | 1 business day | next release |

5.3 If availability falls below the level in Article 5.1 in any month, the Supplier shall grant a service credit of 5% of that month's fees for every started 0.1 percentage point of shortfall, up to 50% of that month's fees. For every hour by which a P1 restoration time is exceeded, the Supplier shall grant an additional credit of CNY 3,000. Credits are deducted from the next invoice or, at the end of the Subscription Term, paid to the Customer.

## Article 6 Fees and Payment

6.1 The Customer shall pay the fees set out in the Order Form within 30 days after receipt of a correct invoice (fapiao).

6.2 The fees are fixed for the Subscription Term.

## Article 7 Customer Data and Security

7.1 Customer Data belongs to the Customer. The Supplier processes Customer Data only on the Customer's documented instructions and only to provide the Services, and shall not use it for any other purpose, including analytics, benchmarking or the development of other products, whether or not the data has been anonymised.

7.2 Customer Data is stored and processed only in mainland China, on the approved hosting provider's Beijing region. The Supplier shall operate the Services in accordance with level 3 of the Multi-Level Protection Scheme, encrypt identity-card numbers and payment data at rest and in transit, restrict access to named personnel with multi-factor authentication and keep access logs for at least six months.

7.3 The Supplier shall comply with the Personal Information Protection Law and the Data Security Law. It shall notify the Customer of any personal information breach within 24 hours after discovery, take all necessary remedial measures and bear all costs, fines and damages resulting from a breach caused by the Supplier or its subcontractors.

7.4 At the end of the Agreement the Supplier shall return all Customer Data in a common format and then delete it, and shall confirm the deletion in writing.

## Article 8 Confidentiality

8.1 Each party shall keep confidential all non-public information it receives from the other party in connection with the Agreement, including prices, sales figures and technical information, and shall use it only to perform the Agreement. This obligation continues for three years after the Agreement ends.

## Article 9 Intellectual Property

9.1 The Supplier retains all intellectual property rights in its platform, software and documentation.

9.2 All ticket designs, price calendars, reports, interface mappings and other configurations prepared specifically for the Customer belong to the Customer, which may use, modify and let third parties use them freely, also after the Agreement ends.

## Article 10 Liability

10.1 The Supplier's total liability under the Agreement is limited to 150% of the Total Fees in the Order Form. This limit does not apply to breaches of Articles 7 and 8, to wilful misconduct or gross negligence, or to personal injury.

10.2 Neither party is liable for indirect damage, except in the cases excluded from the limit in Article 10.1.

## Article 11 Subcontracting

11.1 The Supplier shall not engage any subcontractor for the performance of the Agreement without the Customer's prior written consent. The hosting provider named in the Order Form is approved by signature of the Order Form.

11.2 The Supplier remains fully responsible for its subcontractors.

## Article 12 Term, Renewal and Termination

12.1 The Agreement starts on signature and continues for the Subscription Term.

12.2 After the Subscription Term the Agreement renews automatically for successive periods of one year at the same fees as in the Order Form, unless either party gives notice at least 60 days before the end of the current period.

12.3 Either party may terminate the Agreement with immediate effect by written notice if the other party commits a material breach and has not remedied it within 20 days after a written notice of default.

12.4 The Customer may also terminate if the Services are unavailable for more than 24 hours in total during the period from 15 December to 28 February of any year.

12.5 After termination the Supplier shall provide reasonable assistance for the transfer of the Services to the Customer or a new supplier for up to 60 days.

## Article 13 Applicable Law and Disputes

13.1 The Agreement is governed by the laws of the Netherlands. The United Nations Convention on Contracts for the International Sale of Goods does not apply.

13.2 All disputes arising out of or in connection with the Agreement shall be submitted exclusively to the competent court in Rotterdam, the Netherlands.

## Article 14 Miscellaneous

14.1 Amendments to the Agreement are valid only if agreed in writing by both parties.

14.2 If any provision of the Agreement is invalid, the remaining provisions remain in force, and the parties shall replace the invalid provision with a valid one that comes as close as possible to its purpose.
"""

H204E03 = """
T:Supply, Installation and Maintenance Contract for Paddy Water-Level Monitoring
P:Contract No.: HT-QJ-2025-046
P:Buyer: Qianjiang Hongtu Crayfish Farming Co., Ltd. (潜江市红途小龙虾养殖有限公司), Haokou Town, Qianjiang, Hubei Province, People's Republic of China (the "Buyer")
P:Supplier: Aquamari Sistemes Hidrics, S.L., Illa del Rei, Port de Mao, 07701 Mao, Menorca, Spain (the "Supplier")
P:The Buyer farms crayfish in 86 rice-crayfish paddies covering about 3,900 mu. It wishes to monitor water level, dissolved oxygen and water temperature in every paddy and to receive alarms when the level or oxygen falls outside set limits. The Supplier has offered a complete system and the Buyer has accepted the offer on the Buyer's standard terms below. At the Buyer's request all prices are in Chinese Renminbi (CNY).
H:Clause 1 Definitions
P:1.1 "Equipment" means the sensors, gateways, power kits and accessories listed in Clause 2. "Platform" means the Supplier's monitoring software licensed under this Contract. "System" means the Equipment and the Platform installed and configured at the Buyer's farm. "Final Acceptance" means the Buyer's signature of the Final Acceptance Certificate under Clause 6.
H:Clause 2 Scope and Price
P:2.1 The Supplier shall supply, deliver DDP to the Buyer's farm, install, calibrate and commission the System, train the Buyer's staff, and provide warranty and maintenance services as set out in this Contract.
P:2.2 The Contract Price is CNY 1,080,000, including all taxes, import duties, transport and insurance, broken down as follows:
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Submersible pressure water-level sensors|172|2,380|409,360
TB:2|Dissolved-oxygen and temperature probes|86|3,150|270,900
TB:3|LoRaWAN gateways with solar power kits|8|14,600|116,800
TB:4|Monitoring Platform licence (perpetual, up to 300 devices)|1|168,000|168,000
TB:|Equipment and Licence Subtotal|||965,060
TB:5|Installation, mounting poles, calibration and commissioning|1|96,440|96,440
TB:6|Training of farm and office staff|1|18,500|18,500
TB:|Contract Price|||1,080,000
P:2.3 The Contract Price is fixed and covers all work needed for the System to meet the requirements of this Contract.
H:Clause 3 Payment
P:3.1 10% of the Contract Price (CNY 108,000) as an advance payment within 15 days after signature, against an advance-payment bank guarantee of the same amount issued by a bank in mainland China.
P:3.2 55% of the Contract Price (CNY 594,000) within 20 days after the Installation Certificate has been signed. The Installation Certificate confirms delivery and installation only and is not acceptance of the System.
P:3.3 35% of the Contract Price (CNY 378,000) within 20 days after Final Acceptance.
P:3.4 Each payment is made against a valid invoice (fapiao) issued by the Supplier's agent in China or, for amounts paid abroad, a commercial invoice accepted by the Buyer's bank.
H:Clause 4 Delivery and Installation
P:4.1 The Supplier shall complete delivery and installation within 70 days after signature and, in any case, before the paddies are flooded for the spring season.
P:4.2 The Supplier shall install one water-level sensor at the inlet and one at the outlet of each paddy and one oxygen and temperature probe in the ditch of each paddy, in positions agreed with the Buyer's farm manager.
P:4.3 The Supplier shall protect the paddies, dikes and crops during installation and shall repair any damage it causes.
H:Clause 5 Delay
P:5.1 If delivery or installation is late for reasons attributable to the Supplier, the Supplier shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a total of 10% of the Contract Price.
P:5.2 If the delay exceeds 30 days, the Buyer may terminate the Contract and recover the amounts paid.
H:Clause 6 Acceptance
P:6.1 After installation the System shall run for 28 consecutive days. Final Acceptance requires that: (a) every water-level sensor reads within plus or minus 1 cm of the staff gauge at three checks made on different days; (b) every oxygen probe reads within 0.3 mg/L of a calibrated handheld meter; (c) readings from every sensor reach the Platform throughout the run, with no gap longer than one hour; (d) level and oxygen alarms reach the farm managers' mobile phones within 2 minutes in all tests; and (e) all documents listed in Annex 2 have been delivered.
P:6.2 The Buyer shall sign the Final Acceptance Certificate within 5 days after all criteria are met. Installation, use of the System or any payment does not mean acceptance.
P:6.3 If any criterion is not met, the Supplier shall remedy the defect at its own cost and the run shall be repeated.
H:Clause 7 Warranty
P:7.1 The warranty period is 36 months from Final Acceptance. During this period the Supplier shall repair or replace, free of charge, any Equipment or Platform defect, including sensor drift beyond the tolerances in Clause 6.1, and shall provide software updates.
P:7.2 Batteries and solar panels damaged by lightning, flooding above the design level or acts of third parties are excluded.
H:Clause 8 Service Levels
P:8.1 During the warranty period and any maintenance period, faults are handled as follows: Severity 1 (Platform down, alarms not sent, or data lost from more than 10 paddies): response within 1 hour, technician on site within 24 hours, restoration within 36 hours; Severity 2 (data lost from up to 10 paddies): response within 8 hours, restoration within 3 days; Severity 3 (other faults): restoration within 10 days.
P:8.2 For each hour of late response to a Severity 1 fault the Supplier shall pay CNY 800, and for each day of late restoration of a Severity 1 or 2 fault CNY 1,500. The Buyer may deduct these amounts from any payment due.
P:8.3 The Supplier shall keep a stock of spare sensors and gateways at its service partner in Wuhan.
H:Clause 9 Maintenance after the Warranty
P:9.1 After the warranty period the Supplier shall, if the Buyer so orders, provide maintenance covering the same scope and service levels as the warranty, for an annual fee of 7.5% of the Equipment and Licence Subtotal, namely CNY 72,379.50 per year.
P:9.2 This fee is fixed for the first two years after the warranty. For later years the fee may be adjusted by written agreement, by not more than 3% per year.
P:9.3 Maintenance is ordered year by year and does not renew automatically.
H:Clause 10 Intellectual Property
P:10.1 The Supplier retains the intellectual property in the Platform and in the firmware of the Equipment, and grants the Buyer a perpetual licence to use them.
P:10.2 The dashboards, alarm rules, reports and the interface to the Buyer's feeding-management system prepared for the Buyer belong to the Buyer, which may use, modify and have them maintained by third parties.
H:Clause 11 Data Security
P:11.1 All data collected by the System, including readings, alarms, paddy maps and production records, belongs to the Buyer. The Supplier shall use it only to perform this Contract and shall not use it for any other purpose, including research or product development.
P:11.2 The Platform is installed on the Buyer's server at the farm office. The Supplier may access it remotely only through the Buyer's VPN, with the Buyer's approval for each session, and shall not copy data out of the Buyer's systems. Data shall not leave mainland China.
P:11.3 The Supplier shall comply with the Data Security Law and shall notify the Buyer within 24 hours of any security incident affecting the System or its data, remedy it, and compensate the Buyer for all losses caused by an incident for which the Supplier is responsible.
H:Clause 12 Confidentiality
P:12.1 Each party shall keep confidential the other party's non-public business and technical information, including production figures and farm layouts, and shall not disclose it to third parties without prior written consent, during the Contract and for three years after it ends.
H:Clause 13 Subcontracting
P:13.1 The local service partner named in Annex 3 (Wuhan Jianghan Lianchuang IoT Technology Co., Ltd.) is approved by the Buyer's signature of this Contract for installation assistance and on-site service. Any other subcontracting requires the Buyer's prior written consent.
P:13.2 The Supplier remains responsible for the work of its subcontractors.
H:Clause 14 Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after written notice, or in the case described in Clause 5.2.
P:14.2 On termination the Supplier shall refund the amounts paid for Equipment or services not accepted and shall remove its Equipment if the Buyer so requests.
H:Clause 15 Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China.
P:15.2 Any dispute shall be submitted to the Wuhan Arbitration Commission for arbitration in Wuhan. The award is final and binding on both parties.
H:Clause 16 Miscellaneous
P:16.1 This Contract is made in English and Chinese, in two originals of each language. Both versions have equal force.
P:16.2 Annex 1: Technical specifications. Annex 2: Documents to be delivered. Annex 3: Approved service partner.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H204E04 = """
T:Managed IT and Desktop Support Services Contract
P:Contract No. BMS/CN/2025/07
P:BETWEEN: Baleal Managed IT Services, Lda., a private limited company with registered office at Rua da Ilha 14, Ilha do Baleal, 2520 Peniche, Portugal, acting in China through its Tianjin service team, hereinafter the "Provider";
P:AND: Tianjin Haihe Swiftlane Logistics Technology Co., Ltd. (天津海河速链物流科技有限公司), with registered office in the Tianjin Port Free Trade Zone, People's Republic of China, hereinafter the "Customer";
P:The Customer is a young logistics company operating a head office in Tianjin and two bonded warehouses in the Tianjin Port area. It has no internal IT department and wishes to entrust the management of its IT environment to the Provider. The parties freely agree on this Contract, which is governed by the following articles. At the Customer's request all amounts are expressed and payable in Chinese Renminbi (CNY).
H:Art. 1 (Purpose)
P:1 - The Provider shall provide managed IT services to the Customer, namely a service desk, desktop support, management of servers and network equipment, endpoint security, back-up and warehouse-device support, as described in Annex I (Service Description).
P:2 - The services cover 85 users, 92 desktop and laptop computers, 3 sites (head office, Warehouse A and Warehouse B), 2 on-premise servers, the network and Wi-Fi equipment at each site, 60 handheld barcode scanners and 24 label printers.
H:Art. 2 (Term)
P:1 - The Contract enters into force on the date of its signature and the services run for an initial term of 24 months from the Service Commencement Date (the "Initial Term").
P:2 - The Contract does not renew automatically. Any renewal requires a written agreement of both parties, including on the fees.
H:Art. 3 (Transition)
P:1 - Within 45 days after signature the Provider shall carry out the transition: inventory of all devices and software licences, enrolment of all endpoints in the monitoring and patching tools, set-up of back-up with an off-site copy in mainland China, documentation of the network and handover of administrator credentials to a password vault controlled by the Customer.
P:2 - The Service Commencement Date is the date on which the Customer signs the Transition Acceptance Certificate under Art. 4.
P:3 - If the Transition Acceptance Certificate cannot be signed within 45 days after signature for reasons attributable to the Provider, the Provider shall pay the Customer CNY 1,200 for each day of delay.
H:Art. 4 (Transition acceptance)
P:1 - Transition acceptance requires that: a) all devices listed in the inventory are visible in the monitoring console and have received the current security patches; b) a full restore of one server and of a sample of 10 user mailboxes and folders has been performed successfully in the Customer's presence; c) the network documentation and the runbooks for the warehouse systems have been delivered; d) the service desk has handled a two-week trial period without any unresolved Priority 1 incident.
P:2 - The Customer shall sign the Transition Acceptance Certificate within 5 working days after these conditions are met, or state in writing which conditions are not met. Starting to use the services does not amount to acceptance.
H:Art. 5 (Fees)
P:1 - The fees are as follows: a) per-user service fee: 85 users x CNY 420 per user per month = CNY 35,700 per month; b) infrastructure management fee (servers, network, warehouse devices, 3 sites): CNY 9,800 per month; c) total monthly fee: CNY 45,500, that is CNY 1,092,000 for the Initial Term; d) one-off transition fee: CNY 64,000.
P:2 - The total value of this Contract for the Initial Term is CNY 1,156,000, taxes included.
P:3 - Changes in the number of users of more than 5 users are charged or credited at the per-user fee from the following month.
H:Art. 6 (Invoicing and payment)
P:1 - No advance payment is due under this Contract.
P:2 - The transition fee is invoiced after the Transition Acceptance Certificate has been signed. The monthly fees are invoiced monthly in arrears.
P:3 - The Customer shall pay each correct invoice (fapiao) within 30 days after receipt.
H:Art. 7 (Service levels)
P:1 - The service desk is available by telephone, e-mail and WeCom from 7:00 to 22:00, seven days a week; warehouse emergencies are accepted at any time.
P:2 - Incidents are classified and handled as follows: a) Priority 1 - a site without network, the warehouse management system unreachable, or more than 10 scanners out of service: response within 6 hours, resolution or workaround within 1 working day; b) Priority 2 - a single user or device unable to work: response within 8 working hours, resolution within 2 working days; c) Priority 3 - requests and minor faults: resolution within 5 working days.
P:3 - For each Priority 1 incident whose response time is exceeded, the Provider shall grant a service credit of 3% of the monthly fee of that month; the total credits in a month shall not exceed 25% of that month's fee. Credits are deducted from the next invoice.
P:4 - The Provider shall send a monthly service report with incident statistics, patch status and back-up results.
H:Art. 8 (Obligations of the Provider)
P:1 - The Provider shall perform the services with qualified staff, two of whom shall work on site in Tianjin on working days, and shall replace any staff member whom the Customer reasonably objects to.
P:2 - The Provider shall keep the inventory, the documentation and the runbooks up to date and available to the Customer at all times.
H:Art. 9 (Obligations of the Customer)
P:1 - The Customer shall give the Provider's staff access to its premises and systems as needed and shall appoint a contact person for the services.
P:2 - The Customer shall purchase, or authorise the Provider to purchase on its behalf, the hardware and software licences needed for its IT environment.
H:Art. 10 (Customer data and information security)
P:1 - All data stored on or processed by the Customer's systems, including shipment records, customs documents, customer and driver personal information, and all logs and back-ups ("Customer Data"), belong to the Customer. The Provider processes Customer Data only as necessary to perform the services and on the Customer's instructions, and shall not use it for any other purpose.
P:2 - Customer Data shall remain in mainland China. The Provider's staff outside mainland China shall have no access to Customer Data; where escalation to the Provider's specialists in Portugal is needed, it shall take place by screen sharing operated by the Tianjin team, without transfer of data.
P:3 - The Provider shall apply appropriate security measures, including individual administrator accounts with multi-factor authentication, logging of all administrative actions, encryption of back-ups and prompt installation of security patches, and shall comply with the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law.
P:4 - The Provider shall notify the Customer within 12 hours after becoming aware of any security incident affecting Customer Data, shall take all measures to contain and remedy it and shall be liable for all damage resulting from an incident caused by the Provider or its staff.
P:5 - At the end of the Contract the Provider shall return all Customer Data and credentials and shall erase any copies it holds.
H:Art. 11 (Intellectual property)
P:1 - Documentation, runbooks, scripts and configurations produced by the Provider for the Customer under this Contract belong to the Customer, which may use and modify them and hand them over to a successor provider.
P:2 - The Provider's own monitoring and service-desk tools remain the property of the Provider or its licensors.
H:Art. 12 (Liability)
P:1 - The Provider is liable for damage caused to the Customer by the breach of its obligations.
P:2 - The Provider's total liability under this Contract is limited to 200% of the fees payable for the Initial Term. This limit does not apply to damage caused wilfully or by gross negligence, to personal injury or to breaches of Art. 10.
H:Art. 13 (Subcontracting)
P:1 - The Provider shall not subcontract all or part of the services without the prior written consent of the Customer.
P:2 - The Provider remains liable for the acts and omissions of any subcontractor approved by the Customer.
H:Art. 14 (Termination)
P:1 - Either party may terminate this Contract by registered letter or by e-mail with confirmation of receipt if the other party commits a material breach of its obligations and fails to remedy it within 30 days after written notice.
P:2 - Repeated failure to meet the Priority 1 service levels in three months of any six-month period is a material breach by the Provider.
P:3 - On termination or expiry the Provider shall cooperate in the transfer of the services to the Customer or to a new provider for up to 60 days, at the monthly fee pro rata.
H:Art. 15 (Applicable law and disputes)
P:1 - At the Customer's request this Contract is governed by the laws of the People's Republic of China.
P:2 - Any dispute arising from this Contract shall be submitted to the Tianjin Arbitration Commission for arbitration in Tianjin, whose award is final.
H:Art. 16 (Final provisions)
P:1 - This Contract is made in English and Chinese. Any amendment must be made in writing and signed by both parties.
P:2 - Annex I (Service Description) and Annex II (Device and Site Inventory) form part of this Contract.
P:Made in Tianjin, in two originals, on ____________ 2025.
P:For the Provider: ____________________    For the Customer: ____________________
"""

H204E05 = """SUBSCRIPTION AND INTEGRATION CONTRACT - GAPCHECK CERTIFICATE API

Ref.: PAD-2025-CN-022

In Ribadeo, on ____ ____________ 2025.

MEET

On the one hand, PANCHA AGRODATOS, S.L., with registered office at Isla Pancha s/n, 27700 Ribadeo (Lugo), Spain, tax identification number B27654321, represented by its sole director (hereinafter "PANCHA").

On the other hand, SHAANXI ZHOUZHI GREENVALE KIWIFRUIT EXPORT CO., LTD. (陕西周至绿谷猕猴桃出口有限公司), with registered office in Zhouzhi County, Xi'an, Shaanxi Province, People's Republic of China, represented by its general manager (hereinafter the "CUSTOMER").

Both parties recognise each other's capacity to enter into this contract and

STATE

I. That the CUSTOMER buys kiwifruit from about 1,400 growers and producer groups in Zhouzhi and Meixian and exports it to the European Union, Southeast Asia and the Middle East, where importers and retailers require proof that every lot comes from a farm holding a valid GLOBALG.A.P. or China GAP certificate.

II. That PANCHA operates GAPcheck, an online service that verifies, through an application programming interface (API), the status and scope of good-agricultural-practice certificates and alerts its users when a certificate is suspended, withdrawn or about to expire.

III. That the CUSTOMER wishes to subscribe to GAPcheck and to have it integrated with its export ERP and its packhouse system, and that, at the CUSTOMER's request, all prices are agreed in Chinese Renminbi (CNY).

Therefore, the parties agree to enter into this contract, which shall be governed by the following

CLAUSES

FIRST. PURPOSE

1.1. PANCHA grants the CUSTOMER, for the Subscription Term, the right to use the GAPcheck API and web console (the "Service") under the "Exporter" plan, which includes up to 600,000 API calls per year, 10 user accounts for the web console, daily certificate-status alerts and the export of certificate evidence as PDF for each shipment.

1.2. PANCHA shall also develop and install the connectors between the Service and the CUSTOMER's export ERP and packhouse grading system (the "Integration"), so that each lot received at the packhouse is checked automatically against the certificate of the grower who delivered it, and so that shipment documents include the certificate evidence.

1.3. The certificate information returned by the Service comes from the public databases of GLOBALG.A.P., of the China National Certification and Accreditation Administration and of the certification bodies with which PANCHA has data agreements. PANCHA shall update it at least every 24 hours and shall show, for every answer, the date and source of the information.

SECOND. PRICE

2.1. The price of this contract is CNY 910,000, taxes included, broken down as follows:
   - annual subscription fee, Exporter plan: CNY 264,000 per year x 3 years = CNY 792,000;
   - Integration, one-off: CNY 118,000.

2.2. API calls above 600,000 in a subscription year are charged at CNY 0.35 per call. This usage charge is not included in the price in 2.1.

2.3. The annual subscription fee is fixed for the whole Subscription Term.

2.4. The price includes the updates and new versions of the Service released during the Subscription Term, support through the support portal, and two days of training for up to ten users of the CUSTOMER, given remotely in Chinese or English.

THIRD. INVOICING AND PAYMENT

3.1. No amount is payable in advance.

3.2. The subscription fee is invoiced quarterly in arrears, in instalments of CNY 66,000. The Integration fee is invoiced after the acceptance provided in the Fifth clause.

3.3. The CUSTOMER shall pay each invoice within 30 days by transfer to the bank account indicated by PANCHA.

FOURTH. INTEGRATION

4.1. PANCHA shall deliver the Integration ready for acceptance within 60 days after signature, so that it can be used for the harvest season beginning in October.

4.2. The CUSTOMER shall provide test environments, interface documentation of its ERP and packhouse system and the list of its growers with their GGN or China GAP certificate numbers.

4.3. If the Integration is not ready for acceptance on time for reasons attributable to PANCHA, PANCHA shall pay the CUSTOMER, as a penalty, 0.07% of the price of this contract for each day of delay, up to a maximum of 8% of that price.

FIFTH. ACCEPTANCE

5.1. The Integration shall be accepted when the following tests, carried out jointly, have been passed: (a) the certificate status of all growers in the CUSTOMER's list is retrieved and matches the certification bodies' public databases for a sample of 150 growers; (b) a lot delivered by a grower with a suspended or expired certificate is blocked at the packhouse and reported; (c) shipment documents for each destination include the certificate evidence; (d) 2,000 lots can be checked within one hour.

5.2. The CUSTOMER shall sign an acceptance record within 5 working days after the tests are passed. The use of the Integration during the tests is not acceptance.

SIXTH. SERVICE LEVELS

6.1. PANCHA targets an availability of the API of 99.95% per calendar month, excluding scheduled maintenance announced 48 hours in advance.

6.2. PANCHA shall respond to incidents reported by the CUSTOMER through the support portal as follows: Severity 1 (API unavailable or returning wrong certificate status): within 2 hours, at any time; Severity 2 (degraded performance or a function unavailable): within 8 business hours; Severity 3 (questions): within 3 business days.

6.4. PANCHA shall publish the current status of the Service on a status page and shall send the CUSTOMER, by the fifth working day of each month, a report on availability, incidents and API usage in the previous month.

6.3. The service levels in this clause are targets. Failure to meet them shall not give rise to service credits, price reductions, compensation or any other remedy in favour of the CUSTOMER.

SEVENTH. CUSTOMER DATA

7.1. The data that the CUSTOMER enters into the Service, including grower and producer-group lists, certificate numbers, lot and shipment records ("Customer Data"), belong to the CUSTOMER.

7.2. PANCHA shall use Customer Data only to provide the Service and the Integration and shall not use them for any other purpose.

7.3. At the end of the Subscription Term, PANCHA shall deliver the Customer Data to the CUSTOMER in CSV format within 30 days.

EIGHTH. CONFIDENTIALITY

8.1. Each party shall keep secret the confidential information received from the other party, including prices, customer and supplier lists and technical documentation, and shall not disclose it to third parties without the prior written consent of the other party, during the term of this contract and for three years after its end.

8.2. Information that is public, or that the receiving party already had lawfully, is not confidential information.

NINTH. INTELLECTUAL PROPERTY

9.1. PANCHA is and remains the owner of the Service, the API, its databases and its documentation.

9.2. The connectors, mappings and scripts developed specifically for the CUSTOMER in the Integration belong to the CUSTOMER, which may use, modify and have them maintained by third parties. PANCHA shall deliver their source code on acceptance.

9.3. The CUSTOMER shall not resell the Service or make the API available to third parties, except that certificate evidence produced by the Service may be given to the CUSTOMER's importers and to the authorities.

TENTH. LIABILITY

10.1. Each party is liable for the damages caused to the other party by the breach of its obligations.

10.2. The total liability of PANCHA under this contract shall not exceed CNY 1,200,000, except in the case of wilful misconduct or gross negligence.

ELEVENTH. SUBCONTRACTING

11.1. PANCHA shall not subcontract the provision of the Service or the Integration, in whole or in part, without the prior written consent of the CUSTOMER.

TWELFTH. DURATION

12.1. The Subscription Term is three years from the date of acceptance of the Integration. The contract does not renew automatically; any extension requires a new written agreement.

THIRTEENTH. EARLY TERMINATION

13.1. The Subscription Term is fixed and non-cancellable. The CUSTOMER may not terminate this contract before the end of the Subscription Term for any reason.

13.2. PANCHA may suspend the Service, or terminate this contract by written notice, if the CUSTOMER fails to pay any invoice within 30 days after a written payment reminder.

13.3. In the event of a breach by PANCHA, the CUSTOMER may require PANCHA to perform its obligations and may claim the penalty under clause 4.3 and damages under the Tenth clause, but not termination of the contract.

FOURTEENTH. GOVERNING LAW AND JURISDICTION

14.1. At the CUSTOMER's request, this contract is governed by the laws of the People's Republic of China.

14.2. Any dispute arising from this contract shall be submitted to the Xi'an Arbitration Commission for arbitration in Xi'an. The arbitral award shall be final.

FIFTEENTH. NOTICES

15.1. Notices shall be made in writing to the addresses stated above or to the e-mail addresses designated by each party.

SIXTEENTH. ENTIRE AGREEMENT

16.1. This contract contains the entire agreement of the parties on its subject matter and replaces any previous offer or correspondence.

16.2. Any amendment of this contract shall be made in writing and signed by both parties. If a provision is held invalid, the other provisions remain in force.

And in witness whereof, the parties sign this contract in duplicate, in English and Chinese, at the place and on the date first above written.

PANCHA AGRODATOS, S.L.                 SHAANXI ZHOUZHI GREENVALE KIWIFRUIT EXPORT CO., LTD.

____________________                   ____________________
"""


# ---------------------------------------------------------------------------------------------------------------
# Files
# ---------------------------------------------------------------------------------------------------------------
FILES = {  # key -> (file name, format, language, source)
    "h204z01": ("h204z01_disabled_persons_federation_service_platform.docx", "docx", "zh", H204Z01),
    "h204z02": ("h204z02_pcb_flying_probe_testers_maintenance.txt", "txt", "zh", H204Z02),
    "h204z03": ("h204z03_car_rental_dispatch_membership_saas.md", "md", "zh", H204Z03),
    "h204z04": ("h204z04_county_health_bureau_primary_care_platform_om.pdf", "pdf", "zh", H204Z04),
    "h204z05": ("h204z05_dried_persimmon_wms_supplier_template.md", "md", "zh", H204Z05),
    "h204e01": ("h204e01_ornament_3d_configurator_licence_irish_vendor.txt", "txt", "en", H204E01),
    "h204e02": ("h204e02_ice_festival_ticketing_saas_dutch_vendor.md", "md", "en", H204E02),
    "h204e03": ("h204e03_crayfish_farm_water_level_sensors.docx", "docx", "en", H204E03),
    "h204e04": ("h204e04_logistics_managed_it_desktop_support.pdf", "pdf", "en", H204E04),
    "h204e05": ("h204e05_kiwifruit_gap_certificate_api_subscription.txt", "txt", "en", H204E05),
}
SOURCES = {k: v[3] for k, v in FILES.items() if v[1] in ("docx", "pdf")}
TARGETS = {k: (v[0], v[1]) for k, v in FILES.items() if v[1] in ("docx", "pdf")}

# ---------------------------------------------------------------------------------------------------------------
# Price and payment sums (asserted), and the numbers the labels use
# ---------------------------------------------------------------------------------------------------------------
CV = {}
# z01: eight table lines; licence + hardware subtotal = lines 1, 4, 5, 6
z01 = [680000, 846000, 238000, 346000, 192000, 164000, 96000, 78000]
CV["h204z01"] = sum(z01)
assert CV["h204z01"] == 2640000
assert 680000 + 346000 + 192000 + 164000 == 1382000
assert 1382000 * 8 // 100 == 110560
assert [CV["h204z01"] * p // 100 for p in (25, 50, 25)] == [660000, 1320000, 660000]
assert CV["h204z01"] * 5 // 100 == 132000
# z02: equipment and software subtotal + spares + MES interface + installation + training
z02_hw = [2 * 1680000, 2 * 186000, 3 * 58000]
assert sum(z02_hw) == 3906000
CV["h204z02"] = sum(z02_hw) + 96000 + 48000 + 62000 + 24000
assert CV["h204z02"] == 4136000
assert [CV["h204z02"] * p // 100 for p in (35, 45, 20)] == [1447600, 1861200, 827200]
assert sum([1447600, 1861200, 827200]) == CV["h204z02"]
assert 3906000 * 175 // 1000 == 683550
# z03: 3 years of subscription + implementation
z03_year = 120 * 1800 + 6000 * 42 + 96000
assert (120 * 1800, 6000 * 42, z03_year) == (216000, 252000, 564000)
assert 86000 + 112000 + 40000 == 238000
CV["h204z03"] = 3 * z03_year + 238000
assert CV["h204z03"] == 1930000 and 3 * 216000 == 648000 and 3 * 252000 == 756000 and 3 * 96000 == 288000
assert z03_year // 4 == 141000
# z04: five service items, paid in four equal quarters
CV["h204z04"] = 312000 + 96000 + 148000 + 84000 + 22000
assert CV["h204z04"] == 662000 and CV["h204z04"] // 4 == 165500
# z05: licence 360,000 + PDA licences 30 x 2,600 + custom 286,000 + implementation 58,000 + training 16,000
assert 30 * 2600 == 78000
CV["h204z05"] = 360000 + 78000 + 286000 + 58000 + 16000
assert CV["h204z05"] == 798000
assert [CV["h204z05"] * p // 100 for p in (65, 35)] == [518700, 279300]
# e01: licence + configuration + integration + training; 20/45/35; support 14 % of the licence fee
CV["h204e01"] = 720000 + 386000 + 128000 + 26000
assert CV["h204e01"] == 1260000
assert [CV["h204e01"] * p // 100 for p in (20, 45, 35)] == [252000, 567000, 441000]
assert 720000 * 14 // 100 == 100800
# e02: 24 months of two monthly fees + onboarding
assert 38500 * 24 == 924000 and 9600 * 24 == 230400
CV["h204e02"] = 924000 + 230400 + 186000
assert CV["h204e02"] == 1340400
# e03: Word price table
e03_lines = [172 * 2380, 86 * 3150, 8 * 14600, 168000]
assert e03_lines == [409360, 270900, 116800, 168000] and sum(e03_lines) == 965060
CV["h204e03"] = sum(e03_lines) + 96440 + 18500
assert CV["h204e03"] == 1080000
assert [CV["h204e03"] * p // 100 for p in (10, 55, 35)] == [108000, 594000, 378000]
assert 965060 * 75 / 1000 == 72379.5
# e04: 85 users x 420 + 9,800 per month, 24 months, + transition
assert 85 * 420 == 35700 and 35700 + 9800 == 45500 and 45500 * 24 == 1092000
CV["h204e04"] = 1092000 + 64000
assert CV["h204e04"] == 1156000
# e05: 3 years x 264,000 + integration; quarterly instalments
CV["h204e05"] = 3 * 264000 + 118000
assert CV["h204e05"] == 910000 and 264000 // 4 == 66000

# ---------------------------------------------------------------------------------------------------------------
# Labels
# ---------------------------------------------------------------------------------------------------------------
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]

# per contract: category, terms (in KEYS order), extra flags, forum outside mainland, fee base for TCO, planned rules
PLAN = {
    "h204z01": ("software",
                [99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 25, True, True, 36, 8, False, True, False,
                 "PRC", "goods_or_licence"],
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False),
                False, 1382000, []),
    "h204z02": ("hardware",
                [None, 1, True, "buyer", True, True, True, 0.08, None, 35, True, True, 18, 17.5, False, True, False,
                 "PRC", "goods_or_licence"],
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False),
                False, 3906000, ["CR-POST-WARRANTY-FEE", "CR-PREPAYMENT"]),
    "h204z03": ("cloud",
                [99.5, 0.25, True, "buyer", True, False, True, 0.06, 150, None, True, None, None, None, True, True,
                 False, "PRC", "service"],
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False),
                False, None, ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
    "h204z04": ("services",
                [99.95, 0.25, True, "buyer", True, True, True, 0.02, None, None, True, None, None, None, False, True,
                 True, "PRC", "service"],
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False),
                False, None, ["CR-LD-LOW", "CR-SUBCONTRACT"]),
    "h204z05": ("software",
                [None, 24, False, "supplier", True, False, True, 0.01, 20, 65, False, False, 3, None, False, True,
                 None, None, "goods_or_licence"],
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=False, acceptance_deemed_on_delivery=True),
                False, 438000,
                ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
                 "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"]),
    "h204e01": ("software",
                [None, 2, True, "supplier", True, True, True, 0.6 / 7, 720000 / CV["h204e01"] * 100, 20, True, True, 3,
                 14, False, True, False, "PRC", "goods_or_licence"],
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False),
                False, 720000, ["CR-IP-OWNERSHIP", "CR-LIABILITY-CAP", "CR-WARRANTY"]),
    "h204e02": ("cloud",
                [99.95, 0.25, True, "buyer", True, True, True, 1500 / CV["h204e02"] * 100, 150, None, True, None, None,
                 None, False, True, False, "Netherlands", "service"],
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False),
                True, None, ["CR-GOVERNING-LAW"]),
    "h204e03": ("hardware",
                [None, 1, True, "buyer", True, True, True, 0.08, None, 10, True, True, 36, 7.5, False, True, False,
                 "PRC", "goods_or_licence"],
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False),
                False, 965060, []),
    "h204e04": ("services",
                [None, 6, True, "buyer", True, True, False, 1200 / CV["h204e04"] * 100, 200, None, True, None, None,
                 None, False, True, False, "PRC", "service"],
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False),
                False, None, ["CR-CONFIDENTIALITY", "CR-SLA-RESPONSE"]),
    "h204e05": ("cloud",
                [99.95, 2, False, "buyer", False, True, True, 0.07, 1200000 / CV["h204e05"] * 100, None, True, None,
                 None, None, False, False, False, "PRC", "service"],
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False),
                False, None, ["CR-DATA-SECURITY", "CR-SLA-NO-REMEDY", "CR-TERMINATION"]),
}


def tco(t, x, cv, base, horizon=5):
    """Policy section 4: purchase + implementation = contract value; post-warranty fee for every year after the
    warranty (partial pro rata); operating cost not stated (0). None when the fee cannot be computed."""
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped"):
        return None
    years = max(0.0, horizon - t["warranty_months"] / 12)
    fees = base * t["post_warranty_fee_pct"] / 100 * years
    return cv + fees, fees, fees / (cv + fees) * 100


def rules(t, x, forum_outside, share):
    """The CR rules of policy.md section 3 applied to a label's terms (my reading, incl. 'Where rules apply')."""
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    else:
        if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
            r.add("CR-SLA-AVAILABILITY")
        if not t["sla_remedy"]:
            r.add("CR-SLA-NO-REMEDY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
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
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or forum_outside:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def build_labels():
    out = {}
    for key, (cat, vals, flags, forum_outside, base, planned) in PLAN.items():
        name, fmt, lang, _ = FILES[key]
        t = dict(zip(KEYS, vals))
        assert len(vals) == len(KEYS)
        x = dict(flags)
        x["contract_value"] = CV[key]
        if t["contract_kind"] == "service":
            assert "post_warranty_fee_capped" not in x and t["warranty_months"] is None
        # no value exactly on a threshold
        assert t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4 and t["ld_rate_per_day_pct"] != 0.05
        assert t["liability_cap_pct"] != 100 and t["prepayment_pct"] != 30 and t["warranty_months"] != 12
        assert t["post_warranty_fee_pct"] != 15
        tc = tco(t, x, CV[key], base) if base else None
        share = tc[2] if tc else None
        assert share is None or abs(share - 40) > 1
        got = rules(t, x, forum_outside, share)
        assert got == sorted(planned), (key, got, planned)
        label = {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
                 "expected_rules": got}
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8")
        out[key] = (label, tc)
    return out

# ---------------------------------------------------------------------------------------------------------------
# Read-back, lengths and the threshold scan
# ---------------------------------------------------------------------------------------------------------------
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for table in doc.tables:
            for row in table.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


NUM = r"(?<![\d.])"
THRESHOLDS = [  # (what, regex) - a value exactly on a policy threshold, in any context
    ("30 % prepayment", NUM + r"30\s*%|百分之三十(?![一二三四五六七八九点])"),
    ("40 % TCO share", NUM + r"40\s*%|百分之四十(?![一二三四五六七八九点])"),
    ("15 % post-warranty fee", NUM + r"15\s*%|百分之十五(?![点])"),
    ("100 % cap", NUM + r"100\s*%|百分之(一)?百(?![零一二三四五六七八九十点])"),
    ("99.9 % availability", NUM + r"99\.9(?!\d)\s*%|99\.90\s*%"),
    ("0.05 %/day LD", NUM + r"0\.05\s*%|万分之五(?![十])|千分之零点五|0\.35\s*%"),
    ("4 hours response", NUM + r"4\s*(hours?|hrs?\b|h\b|小时|个小时)|(?<![十二])四\s*(个)?小时|four\s*(\(4\)\s*)?hours?|240\s*minutes"),
    ("12 months warranty", NUM + r"12\s*(months?|个月|-month)|十二个月|twelve\s*(\(12\)\s*)?months?"
     r"|(质保|保修|warrant)[^。.\n]{0,40}(一年|one year|1 year)"),
]


def scan(text):
    hits = []
    for what, rx in THRESHOLDS:
        for m in re.finditer(rx, text, flags=re.I):
            hits.append((what, text[max(0, m.start() - 20):m.end() + 20].replace("\n", " ")))
    return hits


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    for key, (name, fmt, lang, src) in FILES.items():
        if fmt in ("md", "txt"):
            (OUT / name).write_text(src.lstrip("\n"), encoding="utf-8")
            print("wrote", name)
    write(SOURCES, TARGETS, OUT, wrap_words=True)
    labels = build_labels()
    print()
    bad = 0
    for key, (name, fmt, lang, _) in FILES.items():
        text = read_back(OUT / name)
        label, tc = labels[key]
        size = ("%d chars (%d non-space)" % (len(text), len(re.sub(r"\s", "", text))) if lang == "zh"
                else "%d words, %d chars" % (len(text.split()), len(text)))
        tco_s = "" if not tc else " | TCO %.2f, post-warranty %.2f, share %.2f %%" % tc
        print("%-62s %s | rules %s%s" % (name, size, ",".join(r[3:] for r in label["expected_rules"]) or "-", tco_s))
        for what, ctx in scan(text):
            bad += 1
            print("   THRESHOLD?", what, "::", ctx)
    print("\nthreshold hits:", bad)
